package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A credit note reduced what an invoice is worth. What the invoice still had outstanding is reduced; any excess
 * (the invoice was already paid) becomes customer credit.
 *
 * @param customerId       the customer
 * @param invoiceId        the invoice corrected
 * @param creditNoteId     the credit note
 * @param issueDate        its date
 * @param reason           why
 * @param lines            the credited lines with their tax
 * @param net              net credited
 * @param tax              tax credited
 * @param gross            net plus tax
 * @param appliedToInvoice the part of {@code gross} that reduced the invoice's outstanding amount
 * @param toCustomerCredit the rest, kept as customer credit
 * @param outstandingAfter what the invoice has outstanding afterwards
 * @param statusAfter      the invoice's status afterwards
 */
@Revision("1")
public record CreditNoteIssuedEvent(CustomerId customerId, InvoiceId invoiceId, CreditNoteId creditNoteId,
                                    LocalDate issueDate, String reason, List<TaxedLine> lines, Money net, Money tax,
                                    Money gross, Money appliedToInvoice, Money toCustomerCredit,
                                    Money outstandingAfter, InvoiceStatus statusAfter) {
    public CreditNoteIssuedEvent {
        lines = List.copyOf(lines);
    }
}
