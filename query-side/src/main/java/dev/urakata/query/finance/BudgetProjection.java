package dev.urakata.query.finance;

import dev.urakata.config.processing.MongoProjection;
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
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Budget against actual per department and month: one document per budget with its state after each of its events,
 * so a list "as of" an instant shows each budget as it was then. A step is keyed by its event id, so redelivery adds
 * nothing. The thresholds crossed are those announced and not since fallen below (as the aggregate re-arms them).
 */
@Component
@ProcessingGroup(BudgetProjection.PROCESSING_GROUP)
public class BudgetProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "finance-budgets";
    static final String BUDGETS = "finance_budgets";

    public BudgetProjection(MongoTemplate mongo) {
        super(mongo, BUDGETS);
    }

    @EventHandler
    void on(BudgetSetEvent event, EventMessage<?> message) {
        step(event.budgetId(), event.department(), event.period(), message, doc -> rearm(doc
                .append("currency", event.amount().currency())
                .append("budget", event.amount().amount().toPlainString())
                .append("actual", doc.getString("actual") == null ? "0" : doc.getString("actual"))
                .append("thresholds", List.copyOf(event.thresholds()))));
    }

    @EventHandler
    void on(BudgetActualRecordedEvent event, EventMessage<?> message) {
        step(event.budgetId(), event.department(), event.period(), message, doc -> rearm(doc
                .append("currency", event.actual().currency())
                .append("actual", event.actual().amount().toPlainString())));
    }

    @EventHandler
    void on(BudgetThresholdCrossedEvent event, EventMessage<?> message) {
        step(event.budgetId(), event.department(), event.period(), message, doc -> {
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
        List<BudgetVsActual> matching = new ArrayList<>();
        for (Document doc : mongo.find(Query.query(criteria), Document.class, BUDGETS)) {
            Document state = stateAt(doc, query.asOf());
            if (state != null) {
                matching.add(view(doc, state));
            }
        }
        matching.sort(Comparator.comparing(BudgetVsActual::department));
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new BudgetPage(matching.subList(from, to), query.page(), query.size(), matching.size());
    }

    private static BudgetVsActual view(Document doc, Document state) {
        String currency = state.getString("currency");
        Money actual = Money.of(state.getString("actual"), currency);
        Money budget = state.getString("budget") == null ? null : Money.of(state.getString("budget"), currency);
        List<Integer> thresholds = state.getList("thresholds", Integer.class, List.of());
        return new BudgetVsActual(doc.getString("department"), YearMonth.parse(doc.getString("period")), budget,
                actual, budget == null ? null : budget.minus(actual),
                budget == null ? null : actual.amount().multiply(BigDecimal.valueOf(100))
                        .divide(budget.amount(), 2, RoundingMode.HALF_EVEN),
                thresholds, crossed(state));
    }

    /** Drops crossings the actuals are no longer at, mirroring the aggregate so a later crossing shows again. */
    private static Document rearm(Document doc) {
        if (doc.getString("budget") == null) {
            return doc;
        }
        BigDecimal budget = new BigDecimal(doc.getString("budget"));
        BigDecimal actual = new BigDecimal(doc.getString("actual"));
        List<Integer> thresholds = doc.getList("thresholds", Integer.class, List.of());
        List<Integer> still = crossed(doc).stream().filter(thresholds::contains).filter(threshold ->
                actual.multiply(BigDecimal.valueOf(100)).compareTo(budget.multiply(BigDecimal.valueOf(threshold)))
                        >= 0).toList();
        return doc.append("crossed", new ArrayList<>(still));
    }

    private static List<Integer> crossed(Document doc) {
        return doc.getList("crossed", Integer.class, List.of());
    }

    /** The budget's state after the last step recorded at or before {@code asOf}, or {@code null} before any. */
    private static Document stateAt(Document doc, Instant asOf) {
        Document state = null;
        for (Document step : doc.getList("steps", Document.class)) {
            if (asOf != null && step.getDate("recordedAt").toInstant().isAfter(asOf)) {
                break;
            }
            state = step;
        }
        return state;
    }

    /** Appends the state after {@code message} (the previous state changed by {@code change}) unless already there. */
    private void step(BudgetId budgetId, String department, YearMonth period, EventMessage<?> message,
                      UnaryOperator<Document> change) {
        SteppedDocuments.step(mongo, BUDGETS, budgetId.value(),
                new Document("department", department).append("period", period.toString()), message, change);
    }
}
