package dev.urakata.shared.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hand a picked shipment to a carrier.
 *
 * @param shipmentId     the shipment
 * @param carrier        the carrier
 * @param trackingNumber the carrier's tracking number
 */
public record ShipShipmentCommand(@TargetAggregateIdentifier ShipmentId shipmentId, String carrier,
                                  String trackingNumber) {
}
