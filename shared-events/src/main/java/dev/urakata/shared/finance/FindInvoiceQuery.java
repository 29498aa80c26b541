package dev.urakata.shared.finance;

import java.time.Instant;

/**
 * Ask for one invoice with its lines, settlements and credit notes; answered with an optional
 * {@link InvoiceDetails} (empty when there is no such invoice, or it did not exist yet at {@code asOf}).
 *
 * @param invoiceId the invoice
 * @param asOf      as the system knew it at this instant; {@code null} means now
 */
public record FindInvoiceQuery(InvoiceId invoiceId, Instant asOf) {
}
