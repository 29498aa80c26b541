package dev.urakata.shared.shipping;

import org.axonframework.serialization.Revision;

/**
 * A shipment arrived at the customer. Its last event.
 *
 * @param shipmentId the shipment
 */
@Revision("1")
public record ShipmentDeliveredEvent(ShipmentId shipmentId) {
}
