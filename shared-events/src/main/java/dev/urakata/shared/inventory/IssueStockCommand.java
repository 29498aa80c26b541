package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Issue (consume, sell, scrap) available stock from a warehouse.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param movementId the caller-chosen id of this movement; a repeated id is recognised and not applied twice
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 * @param reference what the movement is for (an order, a delivery note)
 */
public record IssueStockCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        WarehouseId warehouseId,
        String movementId,
        BigDecimal quantity,
        String reference) {
}
