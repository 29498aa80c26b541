package dev.urakata.query.inventory;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A document of {@code inventory_stock_ledger}: one movement of stock on hand of one item in one warehouse, signed,
 * with the warehouse's running figures after it, keyed by the event's id.
 */
public record StockLedgerDocument(
        @Id String id,
        @Meaning("the stock item") String itemId,
        @Meaning("the warehouse whose stock moved") String warehouseId,
        @Meaning("the receipt, issue, count or transfer it belongs to") String movementId,
        @Meaning("`RECEIPT`, `ISSUE`, `TRANSFER_OUT`, `TRANSFER_IN` or `COUNT_ADJUSTMENT`") String movementType,
        @Meaning("the change of the quantity on hand") BigDecimal quantity,
        @Meaning("the change of the stock's value at cost, signed as the quantity") Money value,
        @Meaning("quantity on hand in the warehouse after it") BigDecimal onHandAfter,
        @Meaning("value of the quantity on hand in the warehouse after it") Money valueAfter,
        @Meaning(value = "what it was for: an order or delivery note, the count's reason, or the other warehouse of"
                + " a transfer", optional = true) String reference,
        @Meaning("when it was recorded") Instant recordedAt,
        @Meaning(value = "who caused it", optional = true) String user,
        @Meaning("its position among the item's events: the order of the running figures") long sequence) {
}
