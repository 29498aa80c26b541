package dev.urakata.shared.shipping;

/**
 * Ask for one shipment; answered with a {@link ShipmentDetails} or {@code null}.
 *
 * @param shipmentId the shipment
 */
public record FindShipmentQuery(ShipmentId shipmentId) {
}
