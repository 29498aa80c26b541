package dev.urakata.shared.purchasing;

import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;

/**
 * One line of a purchase order.
 *
 * @param lineNumber 1-based line number
 * @param itemId what is bought
 * @param warehouseId where it is delivered
 * @param quantity how much, in the item's unit of measure
 * @param unitCost agreed cost per unit
 */
public record PurchaseOrderLine(
        int lineNumber,
        StockItemId itemId,
        WarehouseId warehouseId,
        BigDecimal quantity,
        Money unitCost) {
}
