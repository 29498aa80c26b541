package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** A document of {@code finance_customers}: one customer account as it stands now, keyed by the customer id. */
public record CustomerAccountDocument(
        @Id String id,
        @Unwrapped.Empty CustomerAccountState state,
        @Meaning("the sequence of the last event of the customer applied (for idempotency)") long lastSequence)
        implements StateHistoryProjection.Current<CustomerAccountState> {
}
