package dev.urakata.shared.purchasing;

import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.inventory.WarehouseId;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;

/**
 * One line of a goods receipt, with everything stock needs to book it.
 *
 * @param lineNumber  the order line
 * @param itemId      what arrived
 * @param warehouseId where it arrived
 * @param quantity    how much arrived in this receipt
 * @param unitCost    the agreed cost per unit from the order line
 */
public record ReceivedGoodsLine(
        int lineNumber,
        StockItemId itemId,
        WarehouseId warehouseId,
        BigDecimal quantity,
        Money unitCost) {
}
