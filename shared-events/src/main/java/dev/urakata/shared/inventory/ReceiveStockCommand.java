package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Receive goods into a warehouse at a unit cost.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param movementId the caller-chosen id of this movement; a repeated id is recognised and not applied twice
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 * @param unitCost cost per unit, in the item's currency
 * @param reference what the movement is for (an order, a delivery note)
 */
public record ReceiveStockCommand(
        @TargetAggregateIdentifier StockItemId itemId,
        WarehouseId warehouseId,
        String movementId,
        BigDecimal quantity,
        Money unitCost,
        String reference) {
}
