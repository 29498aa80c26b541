package dev.urakata.shared.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancel a shipment that has not been shipped (and is not being picked).
 *
 * @param shipmentId the shipment
 * @param reason     why
 */
public record CancelShipmentCommand(@TargetAggregateIdentifier ShipmentId shipmentId, String reason) {
}
