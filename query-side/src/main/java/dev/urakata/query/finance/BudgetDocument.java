package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A document of {@code finance_budgets}: one department's budget for one month as it stands now, keyed by the budget
 * id (department {@code -} month).
 */
public record BudgetDocument(
        @Id String id,
        @Unwrapped.Empty BudgetState state,
        @Meaning("the sequence of the last event of the budget applied (for idempotency)") long lastSequence)
        implements StateHistoryProjection.Current<BudgetState> {
}
