package dev.urakata.shared.shipping;

import org.axonframework.serialization.Revision;

/**
 * Picking of a reserved shipment was requested; the shipment saga issues its reserved stock.
 *
 * @param shipmentId the shipment
 */
@Revision("1")
public record ShipmentPickRequestedEvent(ShipmentId shipmentId) {
}
