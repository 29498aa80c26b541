package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ask for one invoice with its lines, settlements and credit notes; answered with an optional
 * {@link InvoiceDetails} (empty when there is no such invoice, or it did not exist yet at {@code asOf}).
 *
 * @param invoiceId the invoice
 * @param asOf        as the system knew it at this instant; {@code null} means now
 * @param effectiveOn as it stood on this day by its own dates (issue, payment, credit note and due dates);
 *                    {@code null} for as recorded
 */
public record FindInvoiceQuery(InvoiceId invoiceId, Instant asOf, LocalDate effectiveOn) {

    /** The invoice as known at {@code asOf}. */
    public FindInvoiceQuery(InvoiceId invoiceId, Instant asOf) {
        this(invoiceId, asOf, null);
    }
}
