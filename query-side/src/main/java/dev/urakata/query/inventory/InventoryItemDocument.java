package dev.urakata.query.inventory;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/**
 * One stock item as registered, keyed by item id: the documents of {@code inventory_items}, and of the stock levels'
 * own copy, {@code inventory_stock_level_items}, which a level reads its SKU, name and unit from.
 */
public record InventoryItemDocument(
        @Id String id,
        @Meaning("the item's stock-keeping unit") String sku,
        @Meaning("the item's name") String name,
        @Meaning("the unit quantities are counted in") String unitOfMeasure,
        @Meaning("the currency its stock is valued in") String currency) {
}
