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
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static dev.urakata.config.processing.StoredNumbers.money;

/**
 * Budget against actual per department and month: each budget as it stands now in {@value #BUDGETS}, and after each
 * of its events in {@value #HISTORY}, so a list "as of" an instant shows each budget as it was then (see
 * {@link StateHistoryProjection}: a redelivered event adds nothing). The thresholds crossed are those announced and
 * not since fallen below (as the aggregate re-arms them).
 */
@Component
@ProcessingGroup(BudgetProjection.PROCESSING_GROUP)
public class BudgetProjection extends StateHistoryProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-budgets";
    /** Each budget as it stands now. */
    public static final String BUDGETS = "finance_budgets";
    /** Each change of a budget, with the budget as it stood after it. */
    public static final String HISTORY = "finance_budget_history";

    public BudgetProjection(MongoTemplate mongo) {
        super(mongo, BUDGETS, HISTORY, "budgetId");
    }

    @EventHandler
    void on(BudgetSetEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        Money noActual = new Money(BigDecimal.ZERO, event.amount().currency());
        change(event.budgetId(), event.department(), event.period(), sequence, message, doc -> rearm(doc
                .append("budget", money(event.amount()))
                .append("actual", doc.get("actual") == null ? money(noActual) : doc.get("actual"))
                .append("thresholds", List.copyOf(event.thresholds()))));
    }

    @EventHandler
    void on(BudgetActualRecordedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.budgetId(), event.department(), event.period(), sequence, message, doc -> rearm(doc
                .append("actual", money(event.actual()))));
    }

    @EventHandler
    void on(BudgetThresholdCrossedEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        change(event.budgetId(), event.department(), event.period(), sequence, message, doc -> {
            TreeSet<Integer> crossed = new TreeSet<>(crossed(doc));
            crossed.add(event.threshold());
            return doc.append("crossed", new ArrayList<>(crossed));
        });
    }

    @QueryHandler
    BudgetPage handle(ListBudgetsQuery query) {
        Criteria criteria = Criteria.where("period").is(query.period().toString());
        if (query.department() != null) {
            criteria.and("department").is(query.department().strip());
        }
        List<BudgetVsActual> matching = statesAt(criteria, query.asOf()).values().stream()
                .map(BudgetProjection::view).sorted(Comparator.comparing(BudgetVsActual::department)).toList();
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new BudgetPage(matching.subList(from, to), query.page(), query.size(), matching.size());
    }

    private static BudgetVsActual view(Document state) {
        Money actual = money(state, "actual");
        Money budget = money(state, "budget");
        List<Integer> thresholds = state.getList("thresholds", Integer.class, List.of());
        return new BudgetVsActual(state.getString("department"), YearMonth.parse(state.getString("period")), budget,
                actual, budget == null ? null : budget.minus(actual),
                budget == null ? null : actual.amount().multiply(BigDecimal.valueOf(100))
                        .divide(budget.amount(), 2, RoundingMode.HALF_EVEN),
                thresholds, crossed(state));
    }

    /**
     * Drops crossings the actuals are no longer at, mirroring the aggregate so a later crossing shows again (and
     * gives every state its list of crossings, empty while there is no budget).
     */
    private static Document rearm(Document doc) {
        if (doc.get("budget") == null) {
            return doc.append("crossed", new ArrayList<>(crossed(doc)));
        }
        BigDecimal budget = money(doc, "budget").amount();
        BigDecimal actual = money(doc, "actual").amount();
        List<Integer> thresholds = doc.getList("thresholds", Integer.class, List.of());
        List<Integer> still = crossed(doc).stream().filter(thresholds::contains).filter(threshold ->
                actual.multiply(BigDecimal.valueOf(100)).compareTo(budget.multiply(BigDecimal.valueOf(threshold)))
                        >= 0).toList();
        return doc.append("crossed", new ArrayList<>(still));
    }

    private static List<Integer> crossed(Document doc) {
        return doc.getList("crossed", Integer.class, List.of());
    }

    /** Applies the change an event of the budget makes; its department and month are fixed at its first event. */
    private void change(BudgetId budgetId, String department, YearMonth period, long sequence,
                        EventMessage<?> message, UnaryOperator<Document> change) {
        change(budgetId.value(), new Document("department", department).append("period", period.toString()),
                sequence, message, change);
    }
}
