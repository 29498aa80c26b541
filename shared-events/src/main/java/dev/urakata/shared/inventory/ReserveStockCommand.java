package dev.urakata.shared.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Set available stock aside for an order.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param reservationId the caller-chosen id of the reservation
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 * @param reference what the movement is for (an order, a delivery note)
 */
public record ReserveStockCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        WarehouseId warehouseId,
        String reservationId,
        BigDecimal quantity,
        String reference) {
}
