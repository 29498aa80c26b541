package dev.urakata.shared.finance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Correct an issued invoice with a credit note (an issued invoice is never edited or deleted).
 *
 * @param customerId   the customer
 * @param invoiceId    the invoice corrected
 * @param creditNoteId the credit note's id; a repeated id is recognised and not applied twice
 * @param issueDate    the credit note's date (taxed at the invoice's rates)
 * @param reason       why
 * @param lines        what is credited, priced like invoice lines (tax codes must appear on the invoice)
 */
public record IssueCreditNoteCommand(@TargetAggregateIdentifier CustomerId customerId, InvoiceId invoiceId,
                                     CreditNoteId creditNoteId, LocalDate issueDate, String reason,
                                     List<InvoiceLine> lines) {
}
