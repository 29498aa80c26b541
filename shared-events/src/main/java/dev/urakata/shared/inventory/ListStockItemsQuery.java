package dev.urakata.shared.inventory;

/**
 * Ask for the stock items, by SKU; answered with a {@link StockItemPage}.
 *
 * @param sku  an exact SKU, or {@code null} for all
 * @param page page number from 0
 * @param size page size
 */
public record ListStockItemsQuery(String sku, int page, int size) {
}
