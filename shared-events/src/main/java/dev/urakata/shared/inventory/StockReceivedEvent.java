package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * Goods were received; their value joins the moving average.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param movementId the caller-chosen id of this movement; a repeated id is recognised and not applied twice
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 * @param unitCost cost per unit
 * @param value value received: quantity x unit cost, rounded half-even to the currency
 * @param reference what the movement is for (an order, a delivery note)
 * @param onHandAfter quantity on hand in the warehouse after this movement
 * @param valueAfter stock value in the warehouse after this movement
 */
@Revision("1")
public record StockReceivedEvent(
        StockItemId itemId,
        WarehouseId warehouseId,
        String movementId,
        BigDecimal quantity,
        Money unitCost,
        Money value,
        String reference,
        BigDecimal onHandAfter,
        Money valueAfter) {
}
