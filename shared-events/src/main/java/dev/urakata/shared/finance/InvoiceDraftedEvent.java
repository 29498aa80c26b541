package dev.urakata.shared.finance;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An invoice was drafted, or a draft's lines replaced. Drafts post nothing to the ledger.
 *
 * @param customerId the customer
 * @param invoiceId  the invoice
 * @param currency   the currency of every line
 * @param lines      the lines as entered
 */
@Revision("1")
public record InvoiceDraftedEvent(CustomerId customerId, InvoiceId invoiceId, String currency,
                                  List<InvoiceLine> lines) {
    public InvoiceDraftedEvent {
        lines = List.copyOf(lines);
    }
}
