package dev.urakata.shared.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask for a reserved shipment to be picked; the shipment saga issues the reserved stock.
 *
 * @param shipmentId the shipment
 */
public record PickShipmentCommand(@TargetAggregateIdentifier ShipmentId shipmentId) {
}
