package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * A transfer arrived; its value joins the destination's moving average.
 *
 * @param itemId the stock item
 * @param transferId the caller-chosen id of the transfer
 * @param fromWarehouseId where it came from
 * @param toWarehouseId where it arrived
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 * @param value value received, as dispatched
 * @param onHandAfter quantity on hand at the destination after this
 * @param valueAfter stock value at the destination after this
 */
@Revision("1")
public record StockTransferReceivedEvent(
        StockItemId itemId,
        String transferId,
        WarehouseId fromWarehouseId,
        WarehouseId toWarehouseId,
        BigDecimal quantity,
        Money value,
        BigDecimal onHandAfter,
        Money valueAfter) {
}
