package dev.urakata.shared.shipping;

import org.axonframework.serialization.Revision;

/**
 * The reserved stock of every line of a shipment was issued from the warehouse; it may be shipped.
 *
 * @param shipmentId the shipment
 */
@Revision("1")
public record ShipmentPickedEvent(ShipmentId shipmentId) {
}
