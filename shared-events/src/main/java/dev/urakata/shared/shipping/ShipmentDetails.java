package dev.urakata.shared.shipping;

import dev.urakata.shared.inventory.WarehouseId;

import java.util.List;

/**
 * One shipment as the shipment view shows it.
 *
 * @param shipmentId     the shipment
 * @param orderReference the customer order it ships
 * @param warehouseId    the warehouse it ships from
 * @param status         where it is in its life
 * @param lines          what it ships
 * @param carrier        the carrier, once shipped
 * @param trackingNumber the tracking number, once shipped
 * @param failureReason  why the last reservation or pick failed, if one did
 * @param cancelReason   why it was cancelled, if it was
 * @param version        sequence number of the last event applied
 */
public record ShipmentDetails(
        ShipmentId shipmentId,
        String orderReference,
        WarehouseId warehouseId,
        ShipmentStatus status,
        List<ShipmentLine> lines,
        String carrier,
        String trackingNumber,
        String failureReason,
        String cancelReason,
        long version) {
}
