package dev.urakata.shared.inventory;

/**
 * A warehouse.
 *
 * @param warehouseId the warehouse
 * @param code        its short code
 * @param name        its name
 */
public record WarehouseSummary(WarehouseId warehouseId, String code, String name) {
}
