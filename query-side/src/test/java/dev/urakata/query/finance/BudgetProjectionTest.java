package dev.urakata.query.finance;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.finance.BudgetActualRecordedEvent;
import dev.urakata.shared.finance.BudgetActualSource;
import dev.urakata.shared.finance.BudgetId;
import dev.urakata.shared.finance.BudgetPage;
import dev.urakata.shared.finance.BudgetSetEvent;
import dev.urakata.shared.finance.BudgetThresholdCrossedEvent;
import dev.urakata.shared.finance.BudgetVsActual;
import dev.urakata.shared.finance.ListBudgetsQuery;
import dev.urakata.shared.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** Budget against actual per department and month, with as-of, redelivery and re-armed thresholds. */
class BudgetProjectionTest {

    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final BudgetId SALES = BudgetId.of("Sales", APRIL);
    static final BudgetId OPS = BudgetId.of("Ops", APRIL);
    static final Instant T1 = Instant.parse("2026-04-01T09:00:00Z");
    static final Instant T2 = Instant.parse("2026-04-10T09:00:00Z");
    static final Instant T3 = Instant.parse("2026-04-20T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private BudgetProjection projection;
    private LedgerHistory history;

    @BeforeEach
    void setUp() {
        projection = new BudgetProjection(mongo.template());
        history = new LedgerHistory(projection);
    }

    static Money jpy(String amount) {
        return Money.of(amount, "JPY");
    }

    BudgetVsActual sales(Instant asOf) {
        List<BudgetVsActual> items = projection.handle(new ListBudgetsQuery(APRIL, "Sales", asOf, 0, 20)).items();
        return items.isEmpty() ? null : items.get(0);
    }

    void actual(Instant at, BudgetId id, String department, String source, String amount, String total) {
        history.add(at, "Budget", id.value(), new BudgetActualRecordedEvent(id, department, APRIL,
                BudgetActualSource.EXPENSE_CLAIM, source, 1, "e-" + source, jpy(amount), null, jpy(total)));
    }

    @Test
    void showsBudgetActualRemainingPercentAndCrossedThresholdsAsOfAnyInstant() {
        history.add(T1, "Budget", SALES.value(), new BudgetSetEvent(SALES, "Sales", APRIL, jpy("100000"),
                List.of(80, 100), null, "fin"));
        actual(T2, SALES, "Sales", "c1", "85000", "85000");
        var crossing = history.add(T2, "Budget", SALES.value(), new BudgetThresholdCrossedEvent(SALES, "Sales", APRIL,
                80, jpy("100000"), jpy("85000")));
        history.add(T3, "Budget", SALES.value(), new BudgetSetEvent(SALES, "Sales", APRIL, jpy("200000"),
                List.of(80, 100), jpy("100000"), "fin"));

        assertThat(sales(T1)).isEqualTo(new BudgetVsActual("Sales", APRIL, jpy("100000"), jpy("0"), jpy("100000"),
                new BigDecimal("0.00"), List.of(80, 100), List.of()));
        assertThat(sales(T2)).isEqualTo(new BudgetVsActual("Sales", APRIL, jpy("100000"), jpy("85000"),
                jpy("15000"), new BigDecimal("85.00"), List.of(80, 100), List.of(80)));
        // The raise takes the actuals below 80 % again: the threshold is re-armed, as in the aggregate.
        assertThat(sales(null)).isEqualTo(new BudgetVsActual("Sales", APRIL, jpy("200000"), jpy("85000"),
                jpy("115000"), new BigDecimal("42.50"), List.of(80, 100), List.of()));
        assertThat(sales(Instant.parse("2026-03-01T00:00:00Z"))).isNull();

        history.deliver(crossing);   // redelivered: nothing changes
        assertThat(sales(null).thresholdsCrossed()).isEmpty();
        assertThat(mongo.template().find(Query.query(Criteria.where("budgetId").is(SALES.value())),
                BudgetChangeDocument.class, BudgetProjection.HISTORY)).hasSize(4);
        assertConforms(mongo.template(), BudgetProjection.BUDGETS);
        assertConforms(mongo.template(), BudgetProjection.HISTORY);
    }

    @Test
    void actualsWithoutABudgetShowNoBudgetAndDepartmentsArePagedByName() {
        actual(T1, SALES, "Sales", "c1", "5000", "5000");
        actual(T1, OPS, "Ops", "c2", "7000", "7000");
        history.add(T1, "Budget", "Ops-2026-05", new BudgetSetEvent(new BudgetId("Ops-2026-05"), "Ops",
                YearMonth.of(2026, 5), jpy("1"), List.of(100), null, "fin"));

        BudgetPage all = projection.handle(new ListBudgetsQuery(APRIL, null, null, 0, 1));
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.items()).extracting(BudgetVsActual::department).containsExactly("Ops");
        assertThat(all.items().get(0).budget()).isNull();
        assertThat(all.items().get(0).remaining()).isNull();
        assertThat(all.items().get(0).percentUsed()).isNull();
        assertThat(all.items().get(0).actual()).isEqualTo(jpy("7000"));
        assertThat(projection.handle(new ListBudgetsQuery(APRIL, null, null, 1, 1)).items())
                .extracting(BudgetVsActual::department).containsExactly("Sales");
        assertConforms(mongo.template(), BudgetProjection.BUDGETS);
        assertConforms(mongo.template(), BudgetProjection.HISTORY);
    }
}
