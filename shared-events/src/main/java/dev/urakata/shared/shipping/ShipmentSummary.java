package dev.urakata.shared.shipping;

import dev.urakata.shared.inventory.WarehouseId;

/**
 * One line of the shipment list.
 *
 * @param shipmentId     the shipment
 * @param orderReference the customer order it ships
 * @param warehouseId    the warehouse it ships from
 * @param status         where it is in its life
 * @param lineCount      number of lines
 */
public record ShipmentSummary(
        ShipmentId shipmentId,
        String orderReference,
        WarehouseId warehouseId,
        ShipmentStatus status,
        int lineCount) {
}
