package dev.urakata.shared.finance;

import dev.urakata.shared.legal.ContractId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Draft an invoice for a customer (or replace the lines of a draft not yet issued).
 *
 * @param customerId the customer, whose account holds the invoice
 * @param invoiceId  the invoice
 * @param lines      the lines, numbered in the order given
 * @param contractId the customer contract the invoice bills, or {@code null}
 */
public record DraftInvoiceCommand(@TargetAggregateIdentifier CustomerId customerId, InvoiceId invoiceId,
                                  List<InvoiceLine> lines, ContractId contractId) {

    /** An invoice that bills no contract. */
    public DraftInvoiceCommand(CustomerId customerId, InvoiceId invoiceId, List<InvoiceLine> lines) {
        this(customerId, invoiceId, lines, null);
    }
}
