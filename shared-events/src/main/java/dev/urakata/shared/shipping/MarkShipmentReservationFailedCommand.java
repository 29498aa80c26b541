package dev.urakata.shared.shipping;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that stock could not be reserved for a shipment (any partial reservation already released). Sent by
 * the shipment saga.
 *
 * @param shipmentId the shipment
 * @param reason     why, as the stock side explained it
 */
public record MarkShipmentReservationFailedCommand(@TargetAggregateIdentifier ShipmentId shipmentId, String reason) {
}
