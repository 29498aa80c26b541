package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;
import dev.urakata.shared.SupplierId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * Available stock fell below the reorder level: a shortage began. Raised once per shortage.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param available available quantity now
 * @param reorderLevel the level
 * @param reorderQuantity how much the policy says to buy
 * @param supplierId who to buy from
 * @param unitCost the current moving-average unit cost, or zero if nothing was ever received
 */
@Revision("1")
public record StockFellBelowReorderLevelEvent(
        StockItemId itemId,
        WarehouseId warehouseId,
        BigDecimal available,
        BigDecimal reorderLevel,
        BigDecimal reorderQuantity,
        SupplierId supplierId,
        Money unitCost) {

    /** Identifies the shortage (one item in one warehouse); the reorder saga is associated by it. */
    public String shortageKey() {
        return itemId + "@" + warehouseId;
    }
}
