package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

/**
 * One customer's account.
 *
 * @param customerId       the customer
 * @param name             the customer's (company) name
 * @param currency         the currency it is invoiced in
 * @param paymentTermsDays default days from issue to due date
 * @param balance          what its issued invoices have outstanding, together (receivables)
 * @param credit           money of the customer's the company holds: unallocated payments and credit notes on
 *                         settled invoices, less credit applied to invoices
 * @param openInvoices     how many issued invoices still have something outstanding
 */
public record CustomerDetails(CustomerId customerId, String name, String currency, int paymentTermsDays,
                              Money balance, Money credit, int openInvoices) {
}
