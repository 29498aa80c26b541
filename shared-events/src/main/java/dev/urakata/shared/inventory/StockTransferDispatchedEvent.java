package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * Stock left a warehouse and is in transit.
 *
 * @param itemId the stock item
 * @param transferId the caller-chosen id of the transfer
 * @param fromWarehouseId where it left
 * @param toWarehouseId where it goes
 * @param quantity the quantity, in the item's unit of measure (positive, at most 3 decimals)
 * @param value value in transit, at the sending warehouse's moving average
 * @param onHandAfter quantity on hand at the sending warehouse after this
 * @param valueAfter stock value at the sending warehouse after this
 */
@Revision("1")
public record StockTransferDispatchedEvent(
        StockItemId itemId,
        String transferId,
        WarehouseId fromWarehouseId,
        WarehouseId toWarehouseId,
        BigDecimal quantity,
        Money value,
        BigDecimal onHandAfter,
        Money valueAfter) {
}
