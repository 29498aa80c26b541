package dev.urakata.shared.shipping;

import org.axonframework.serialization.Revision;

/**
 * A shipment was handed to a carrier.
 *
 * @param shipmentId     the shipment
 * @param carrier        the carrier
 * @param trackingNumber the carrier's tracking number
 */
@Revision("1")
public record ShipmentShippedEvent(ShipmentId shipmentId, String carrier, String trackingNumber) {
}
