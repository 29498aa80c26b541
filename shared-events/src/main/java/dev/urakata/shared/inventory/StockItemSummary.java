package dev.urakata.shared.inventory;

/**
 * A stock item.
 *
 * @param itemId        the item
 * @param sku           its SKU
 * @param name          its description
 * @param unitOfMeasure the unit quantities are counted in
 * @param currency      the currency its stock is valued in
 */
public record StockItemSummary(StockItemId itemId, String sku, String name, String unitOfMeasure, String currency) {
}
