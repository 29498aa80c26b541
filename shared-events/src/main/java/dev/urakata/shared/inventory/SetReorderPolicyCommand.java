package dev.urakata.shared.inventory;

import dev.urakata.shared.SupplierId;
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
 */
public record SetReorderPolicyCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        WarehouseId warehouseId,
        BigDecimal reorderLevel,
        BigDecimal reorderQuantity,
        SupplierId supplierId) {
}
