package dev.urakata.shared.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a shipped shipment arrived at the customer.
 *
 * @param shipmentId the shipment
 */
public record DeliverShipmentCommand(@TargetAggregateIdentifier ShipmentId shipmentId) {
}
