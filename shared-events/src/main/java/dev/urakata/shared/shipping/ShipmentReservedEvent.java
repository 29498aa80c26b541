package dev.urakata.shared.shipping;

import org.axonframework.serialization.Revision;

/**
 * Stock for every line of a shipment is reserved; it may be picked.
 *
 * @param shipmentId the shipment
 */
@Revision("1")
public record ShipmentReservedEvent(ShipmentId shipmentId) {
}
