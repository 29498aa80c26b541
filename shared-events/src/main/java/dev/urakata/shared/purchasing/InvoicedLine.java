package dev.urakata.shared.purchasing;

import dev.urakata.shared.inventory.StockItemId;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;

/**
 * One matched and taxed line of a recorded supplier invoice.
 *
 * @param lineNumber the purchase-order line it bills
 * @param itemId     what was bought
 * @param quantity   the quantity billed
 * @param unitPrice  the net unit price (equal to the order's unit cost)
 * @param taxCode    the tax rate code
 * @param taxRate    the rate in force on the invoice date, e.g. 0.10
 * @param net        quantity x unit price, rounded half-even to the currency's minor unit
 * @param tax        net x rate, rounded the same way (input tax the company may reclaim)
 * @param gross      net plus tax
 */
public record InvoicedLine(int lineNumber, StockItemId itemId, BigDecimal quantity, Money unitPrice,
                           String taxCode, BigDecimal taxRate, Money net, Money tax, Money gross) {
}
