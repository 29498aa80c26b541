package dev.urakata.shared.finance;

import java.time.Instant;

/**
 * Ask for a page of invoices, newest issue first; answered with an {@link InvoicePage}.
 *
 * @param status     only invoices in this status (as of {@code asOf}); {@code null} means any
 * @param customerId only this customer's invoices; {@code null} means all
 * @param asOf       as the system knew it at this instant; {@code null} means now
 * @param page       page number from 0
 * @param size       page size
 */
public record ListInvoicesQuery(InvoiceStatus status, CustomerId customerId, Instant asOf, int page, int size) {
}
