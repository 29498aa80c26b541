package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.time.Instant;

/**
 * A document of {@code finance_budget_history}: one change of one budget or its actuals, with the budget as it stood
 * after it, keyed budget id {@code :} sequence.
 */
public record BudgetChangeDocument(
        @Id String id,
        @Meaning("the budget") String budgetId,
        @Meaning("orders the changes of the budget: the position of the change's event within its aggregate")
        long sequence,
        @Meaning("the id of the event that made the change") String eventId,
        @Meaning("when the change was recorded") Instant recordedAt,
        @Unwrapped.Empty BudgetState state) implements StateHistoryProjection.Change<BudgetState> {

    @Override
    public String objectId() {
        return budgetId;
    }
}
