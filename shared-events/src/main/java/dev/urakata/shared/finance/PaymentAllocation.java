package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

/**
 * How much of a payment settles one invoice.
 *
 * @param invoiceId the invoice
 * @param amount    the amount applied to it (positive, at most what it has outstanding)
 */
public record PaymentAllocation(InvoiceId invoiceId, Money amount) {
}
