package dev.urakata.shared.inventory;

/**
 * Ask for current stock levels per item and warehouse; answered with a {@link StockLevelPage}.
 *
 * @param itemId       one item, or {@code null} for all
 * @param warehouseId  one warehouse, or {@code null} for all
 * @param lowStockOnly only levels whose available stock is below the reorder level
 * @param page         page number from 0
 * @param size         page size
 */
public record ListStockLevelsQuery(StockItemId itemId, WarehouseId warehouseId, boolean lowStockOnly, int page,
                                   int size) {
}
