package dev.urakata.shared.inventory;

import org.axonframework.serialization.Revision;

/**
 * A stock item was registered.
 *
 * @param itemId the item
 * @param sku stock keeping unit, unique across all items ever registered
 * @param name description
 * @param unitOfMeasure unit quantities are counted in, for example {@code pcs} or {@code kg}
 * @param currency ISO 4217 currency its stock is valued in
 */
@Revision("1")
public record StockItemRegisteredEvent(
        StockItemId itemId,
        String sku,
        String name,
        String unitOfMeasure,
        String currency) {
}
