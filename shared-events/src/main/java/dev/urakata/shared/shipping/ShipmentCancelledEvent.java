package dev.urakata.shared.shipping;

import org.axonframework.serialization.Revision;

/**
 * A shipment was cancelled before it was shipped. The shipment saga releases stock still reserved for it.
 *
 * @param shipmentId     the shipment
 * @param reason         why
 * @param previousStatus the status it was cancelled in
 */
@Revision("1")
public record ShipmentCancelledEvent(ShipmentId shipmentId, String reason, ShipmentStatus previousStatus) {
}
