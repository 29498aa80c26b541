package dev.urakata.shared.inventory;

import dev.urakata.shared.SupplierId;
import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Set when and how an item is reordered for one warehouse.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param reorderLevel a purchase is proposed when available stock falls below this
 * @param reorderQuantity how much to propose buying
 * @param supplierId who to buy from
 * @param supplierPrice the agreed unit price a proposal is drafted at ({@code null}: the item's own cost)
 */
public record SetReorderPolicyCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        WarehouseId warehouseId,
        BigDecimal reorderLevel,
        BigDecimal reorderQuantity,
        SupplierId supplierId,
        Money supplierPrice) {

    /** A policy without a price of its own. */
    public SetReorderPolicyCommand(StockItemId itemId, WarehouseId warehouseId, BigDecimal reorderLevel,
                                   BigDecimal reorderQuantity, SupplierId supplierId) {
        this(itemId, warehouseId, reorderLevel, reorderQuantity, supplierId, null);
    }
}
