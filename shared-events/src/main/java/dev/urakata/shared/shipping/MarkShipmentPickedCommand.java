package dev.urakata.shared.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the reserved stock of every line was issued. Sent by the shipment saga.
 *
 * @param shipmentId the shipment
 */
public record MarkShipmentPickedCommand(@TargetAggregateIdentifier ShipmentId shipmentId) {
}
