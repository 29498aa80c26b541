package dev.urakata.query.inventory;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/** A document of {@code inventory_items}: one stock item as registered, keyed by item id. */
public record InventoryItemDocument(
        @Id String id,
        @Meaning("the item's stock-keeping unit") String sku,
        @Meaning("the item's name") String name,
        @Meaning("the unit quantities are counted in") String unitOfMeasure,
        @Meaning("the currency its stock is valued in") String currency) {
}
