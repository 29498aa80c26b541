package dev.urakata.query.inventory;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/** A document of {@code inventory_stock_level_items}: what the stock levels copy from an item, keyed by item id. */
public record StockItemDocument(
        @Id String id,
        @Meaning("the item's stock-keeping unit") String sku,
        @Meaning("the item's name") String name,
        @Meaning("the unit quantities are counted in") String unitOfMeasure,
        @Meaning("the currency its stock is valued in") String currency) {
}
