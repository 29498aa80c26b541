package dev.urakata.shared.inventory;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of stock on hand, with the running quantity and value of its warehouse after it.
 *
 * @param movementId   the movement (or transfer) id
 * @param movementType RECEIPT, ISSUE, TRANSFER_OUT, TRANSFER_IN or COUNT_ADJUSTMENT
 * @param warehouseId  the warehouse whose stock moved
 * @param quantity     signed quantity: positive in, negative out
 * @param value        signed value moved
 * @param onHandAfter  running quantity on hand after it
 * @param valueAfter   running value after it
 * @param reference    what it was for
 * @param recordedAt   when it was recorded
 * @param user         who recorded it
 * @param sequence     its sequence number within the item's history
 */
public record StockLedgerEntry(
        String movementId,
        String movementType,
        WarehouseId warehouseId,
        BigDecimal quantity,
        Money value,
        BigDecimal onHandAfter,
        Money valueAfter,
        String reference,
        Instant recordedAt,
        String user,
        long sequence) {
}
