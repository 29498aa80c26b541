package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a stock item (one SKU).
 *
 * @param itemId the new item
 * @param sku stock keeping unit, unique across all items ever registered
 * @param name description
 * @param unitOfMeasure unit quantities are counted in, for example {@code pcs} or {@code kg}
 * @param currency ISO 4217 currency its stock is valued in
 */
public record RegisterStockItemCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        String sku,
        String name,
        String unitOfMeasure,
        String currency) {
}
