package dev.urakata.shared.finance;

import dev.urakata.shared.legal.ContractId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An invoice was drafted, or a draft's lines replaced. Drafts post nothing to the ledger.
 *
 * @param customerId the customer
 * @param invoiceId  the invoice
 * @param currency   the currency of every line
 * @param lines      the lines as entered
 * @param contractId the customer contract the invoice bills; {@code null} for an invoice that bills none (and in
 *                   every event recorded before invoices could name one)
 */
@Revision("1")
public record InvoiceDraftedEvent(CustomerId customerId, InvoiceId invoiceId, String currency,
                                  List<InvoiceLine> lines, ContractId contractId) {
    public InvoiceDraftedEvent {
        lines = List.copyOf(lines);
    }

    /** An invoice that bills no contract. */
    public InvoiceDraftedEvent(CustomerId customerId, InvoiceId invoiceId, String currency, List<InvoiceLine> lines) {
        this(customerId, invoiceId, currency, lines, null);
    }
}
