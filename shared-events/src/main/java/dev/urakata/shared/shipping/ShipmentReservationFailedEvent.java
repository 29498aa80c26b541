package dev.urakata.shared.shipping;

import org.axonframework.serialization.Revision;

/**
 * Stock could not be reserved for a shipment; nothing stays reserved for it.
 *
 * @param shipmentId the shipment
 * @param reason     why, as the stock side explained it
 */
@Revision("1")
public record ShipmentReservationFailedEvent(ShipmentId shipmentId, String reason) {
}
