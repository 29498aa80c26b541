package dev.urakata.shared.inventory;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.money.Money;
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
 * @param supplierPrice the agreed unit price proposals are drafted at; absent when none was named (and from policies
 *                      set before prices could be)
 */
@Revision("1")
public record ReorderPolicySetEvent(
        StockItemId itemId,
        WarehouseId warehouseId,
        BigDecimal reorderLevel,
        BigDecimal reorderQuantity,
        SupplierId supplierId,
        Money supplierPrice) {

    /** A policy without a price of its own. */
    public ReorderPolicySetEvent(StockItemId itemId, WarehouseId warehouseId, BigDecimal reorderLevel,
                                 BigDecimal reorderQuantity, SupplierId supplierId) {
        this(itemId, warehouseId, reorderLevel, reorderQuantity, supplierId, null);
    }

}
