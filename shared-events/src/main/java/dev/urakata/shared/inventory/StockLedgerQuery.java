package dev.urakata.shared.inventory;

/**
 * Ask for the stock ledger of an item, oldest movement first; answered with a {@link StockLedgerPage}.
 *
 * @param itemId      the item
 * @param warehouseId one warehouse, or {@code null} for all
 * @param page        page number from 0
 * @param size        page size
 */
public record StockLedgerQuery(StockItemId itemId, WarehouseId warehouseId, int page, int size) {
}
