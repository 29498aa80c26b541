package dev.urakata.shared.purchasing;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;

/**
 * One line of a supplier's invoice as the supplier wrote it, matched against a purchase-order line.
 *
 * @param lineNumber the purchase-order line it bills
 * @param quantity   the quantity billed (positive, at most 3 decimals)
 * @param unitPrice  the net price per unit billed; must equal the order line's unit cost
 * @param taxCode    the tax rate code (finance's tax-rate table), in force on the invoice date
 */
public record SupplierInvoiceLine(int lineNumber, BigDecimal quantity, Money unitPrice, String taxCode) {
}
