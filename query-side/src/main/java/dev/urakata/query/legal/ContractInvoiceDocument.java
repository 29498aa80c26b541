package dev.urakata.query.legal;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import org.springframework.data.annotation.Id;

/**
 * A document of {@code legal_contract_invoices}: one invoice that bills a customer contract, with what it came to and
 * what of it was paid, keyed by invoice id. The contract view's billed, paid and outstanding are the sums over a
 * contract's documents, so a redelivered invoice event changes no total (each document remembers the customer
 * account's last event applied).
 */
public record ContractInvoiceDocument(
        @Id String id,
        @Meaning("the contract the invoice bills") String contractId,
        @Meaning("the customer invoiced") String customerId,
        @Meaning(value = "once issued: what the invoice came to, tax included", optional = true) Money gross,
        @Meaning(value = "once issued: payments and customer credit applied to it", optional = true) Money paid,
        @Meaning(value = "once issued: what is still owed on it (credit notes reduce it too)", optional = true)
        Money outstanding,
        @Meaning("the customer account's last event applied (for idempotency)") long lastSequence) {
}
