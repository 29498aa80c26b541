package dev.urakata.shared.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that issuing the reserved stock failed; the shipment goes back to reserved so picking can be retried.
 * Sent by the shipment saga.
 *
 * @param shipmentId the shipment
 * @param reason     why, as the stock side explained it
 */
public record MarkShipmentPickFailedCommand(@TargetAggregateIdentifier ShipmentId shipmentId, String reason) {
}
