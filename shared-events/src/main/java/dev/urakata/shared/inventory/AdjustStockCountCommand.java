package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Correct the quantity on hand to what a physical count found.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param movementId the caller-chosen id of this movement; a repeated id is recognised and not applied twice
 * @param countedQuantity the quantity counted
 * @param reason why the books were wrong (damage, theft, miscount)
 */
public record AdjustStockCountCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        WarehouseId warehouseId,
        String movementId,
        BigDecimal countedQuantity,
        String reason) {
}
