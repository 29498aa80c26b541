package dev.urakata.shared.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that stock for every line of a shipment is reserved. Sent by the shipment saga.
 *
 * @param shipmentId the shipment
 */
public record MarkShipmentReservedCommand(@TargetAggregateIdentifier ShipmentId shipmentId) {
}
