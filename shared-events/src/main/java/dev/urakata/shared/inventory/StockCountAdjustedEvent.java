package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * The quantity on hand was corrected to a physical count.
 *
 * @param itemId the stock item
 * @param warehouseId the warehouse
 * @param movementId the caller-chosen id of this movement; a repeated id is recognised and not applied twice
 * @param countedQuantity the quantity counted
 * @param difference counted minus booked; negative for a loss
 * @param value value of the difference (negative for a loss), at the moving average
 * @param reason why
 * @param onHandAfter quantity on hand in the warehouse after this movement
 * @param valueAfter stock value in the warehouse after this movement
 */
@Revision("1")
public record StockCountAdjustedEvent(
        StockItemId itemId,
        WarehouseId warehouseId,
        String movementId,
        BigDecimal countedQuantity,
        BigDecimal difference,
        Money value,
        String reason,
        BigDecimal onHandAfter,
        Money valueAfter) {
}
