package dev.urakata.query.finance;

import dev.urakata.shared.finance.BudgetActualRecordedEvent;
import dev.urakata.shared.finance.BudgetId;
import dev.urakata.shared.finance.BudgetPage;
import dev.urakata.shared.finance.BudgetSetEvent;
import dev.urakata.shared.finance.BudgetThresholdCrossedEvent;
import dev.urakata.shared.finance.BudgetVsActual;
import dev.urakata.shared.finance.ListBudgetsQuery;
import dev.urakata.shared.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Budget against actual per department and month: each budget as it stands now in {@value #BUDGETS}, and after each
 * of its events in {@value #HISTORY}, so a list "as of" an instant shows each budget as it was then (see
 * {@link StateHistoryProjection}: a redelivered event adds nothing). The thresholds crossed are those announced and
 * not since fallen below (as the aggregate re-arms them).
 */
@Component
@ProcessingGroup(BudgetProjection.PROCESSING_GROUP)
public class BudgetProjection extends StateHistoryProjection<BudgetState, BudgetDocument, BudgetChangeDocument> {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-budgets";
    /** Each budget as it stands now. */
    public static final String BUDGETS = "finance_budgets";
    /** Each change of a budget, with the budget as it stood after it. */
    public static final String HISTORY = "finance_budget_history";

    public BudgetProjection(MongoTemplate mongo) {
        super(mongo, BUDGETS, BudgetDocument.class, HISTORY, BudgetChangeDocument.class, "budgetId");
    }

    @Override
    protected BudgetDocument current(String id, BudgetState state, long lastSequence) {
        return new BudgetDocument(id, state, lastSequence);
    }

    @Override
    protected BudgetChangeDocument change(String id, String budgetId, long sequence, String eventId,
                                          Instant recordedAt, BudgetState state) {
        return new BudgetChangeDocument(id, budgetId, sequence, eventId, recordedAt, state);
    }

    @EventHandler
    void on(BudgetSetEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.budgetId(), event.department(), event.period(), sequence, message,
                budget -> budget.budgeted(event.amount(), event.thresholds()));
    }

    @EventHandler
    void on(BudgetActualRecordedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.budgetId(), event.department(), event.period(), sequence, message,
                budget -> budget.spent(event.actual()));
    }

    @EventHandler
    void on(BudgetThresholdCrossedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.budgetId(), event.department(), event.period(), sequence, message,
                budget -> budget.crossed(event.threshold()));
    }

    @QueryHandler
    BudgetPage handle(ListBudgetsQuery query) {
        Criteria criteria = Criteria.where("period").is(query.period());
        if (query.department() != null) {
            criteria.and("department").is(query.department().strip());
        }
        List<BudgetVsActual> matching = statesAt(criteria, query.asOf()).values().stream()
                .map(BudgetProjection::view).sorted(Comparator.comparing(BudgetVsActual::department)).toList();
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new BudgetPage(matching.subList(from, to), query.page(), query.size(), matching.size());
    }

    private static BudgetVsActual view(BudgetState state) {
        Money actual = state.actual();
        Money budget = state.budget();
        return new BudgetVsActual(state.department(), state.period(), budget, actual,
                budget == null ? null : budget.minus(actual),
                budget == null ? null : actual.amount().multiply(BigDecimal.valueOf(100))
                        .divide(budget.amount(), 2, RoundingMode.HALF_EVEN),
                state.thresholds() == null ? List.of() : state.thresholds(), state.crossed());
    }

    /** Applies the change an event of the budget makes; its department and month are fixed at its first event. */
    private void change(BudgetId budgetId, String department, YearMonth period, long sequence,
                        EventMessage<?> message, UnaryOperator<BudgetState> change) {
        change(budgetId.value(), BudgetState.of(department, period), sequence, message, change);
    }
}
