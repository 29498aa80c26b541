package dev.urakata.shared.inventory;

import dev.urakata.shared.SupplierId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * The reorder policy of an item in a warehouse was set.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param reorderLevel a purchase is proposed when available stock falls below this
 * @param reorderQuantity how much to propose buying
 * @param supplierId who to buy from
 */
@Revision("1")
public record ReorderPolicySetEvent(
        StockItemId itemId,
        WarehouseId warehouseId,
        BigDecimal reorderLevel,
        BigDecimal reorderQuantity,
        SupplierId supplierId) {
}
