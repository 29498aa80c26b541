package dev.urakata.shared.inventory;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * Available stock is back at or above the reorder level: the shortage is over.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param available available quantity now
 * @param reorderLevel the level
 */
@Revision("1")
public record StockReorderLevelRestoredEvent(
        StockItemId itemId,
        WarehouseId warehouseId,
        BigDecimal available,
        BigDecimal reorderLevel) {

    /** Identifies the shortage (one item in one warehouse); the reorder saga is associated by it. */
    public String shortageKey() {
        return itemId + "@" + warehouseId;
    }
}
