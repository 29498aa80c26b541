package dev.urakata.shared.shipping;

import org.axonframework.serialization.Revision;

/**
 * Issuing the reserved stock of a shipment failed; it is reserved again and picking may be retried (lines
 * already issued are recognised by their movement id and not issued twice).
 *
 * @param shipmentId the shipment
 * @param reason     why, as the stock side explained it
 */
@Revision("1")
public record ShipmentPickFailedEvent(ShipmentId shipmentId, String reason) {
}
