package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** A document of {@code finance_invoices}: one invoice as it stands now, keyed by the invoice id. */
public record InvoiceDocument(
        @Id String id,
        @Unwrapped.Empty InvoiceState state,
        @Meaning("the sequence of the last event of the invoice applied (for idempotency)") long lastSequence)
        implements StateHistoryProjection.Current<InvoiceState> {
}
