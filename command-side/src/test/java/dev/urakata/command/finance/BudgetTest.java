package dev.urakata.command.finance;

import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.finance.BudgetActualRecordedEvent;
import dev.urakata.shared.finance.BudgetActualSource;
import dev.urakata.shared.finance.BudgetId;
import dev.urakata.shared.finance.BudgetSetEvent;
import dev.urakata.shared.finance.BudgetThresholdCrossedEvent;
import dev.urakata.shared.finance.RecordBudgetActualCommand;
import dev.urakata.shared.finance.SetBudgetCommand;
import dev.urakata.shared.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static dev.urakata.command.support.Refusals.refusedWith;

/** Every command of a budget: set, revise, actuals counted once per source version, thresholds announced once. */
class BudgetTest {

    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final BudgetId ID = new BudgetId("Sales-2026-04");
    static final Map<String, String> FIN = Map.of(MetadataKeys.USER, "fin");
    static final List<Integer> DEFAULT = List.of(80, 100);

    private AggregateTestFixture<Budget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Budget.class);
    }

    static Money jpy(String amount) {
        return Money.of(amount, "JPY");
    }

    static BudgetSetEvent set(String amount) {
        return new BudgetSetEvent(ID, "Sales", APRIL, jpy(amount), DEFAULT, null, "fin");
    }

    static RecordBudgetActualCommand claim(String id, String amount) {
        return new RecordBudgetActualCommand(ID, "Sales", APRIL, BudgetActualSource.EXPENSE_CLAIM, id, 1, "ev-" + id,
                jpy(amount));
    }

    static BudgetActualRecordedEvent claimed(String id, String amount, String previous, String actual) {
        return new BudgetActualRecordedEvent(ID, "Sales", APRIL, BudgetActualSource.EXPENSE_CLAIM, id, 1, "ev-" + id,
                jpy(amount), previous == null ? null : jpy(previous), jpy(actual));
    }

    @Test
    void theIdIsTheDepartmentAndTheMonth() {
        org.assertj.core.api.Assertions.assertThat(BudgetId.of(" Sales ", APRIL)).isEqualTo(ID);
        org.assertj.core.api.Assertions.assertThat(BudgetId.of("R-and-D", APRIL).value()).isEqualTo("R-and-D-2026-04");
    }

    @Test
    void setsABudgetWithDefaultThresholdsAndAnswersThatItIsNew() {
        fixture.givenNoPriorActivity()
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("100000"), null), FIN)
                .expectEvents(set("100000"))
                .expectResultMessagePayload(true);
    }

    @Test
    void revisesABudgetAndAnswersThatItIsNotNew() {
        fixture.given(set("100000"))
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("120000"), List.of(100, 50, 90)), FIN)
                .expectEvents(new BudgetSetEvent(ID, "Sales", APRIL, jpy("120000"), List.of(50, 90, 100),
                        jpy("100000"), "fin"))
                .expectResultMessagePayload(false);
        fixture.given(set("100000"))
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("100000"), List.of(100, 80)), FIN)
                .expectException(refusedWith(CommonErrors.NO_CHANGE)).expectNoEvents();
    }

    @Test
    void refusesBadInput() {
        fixture.givenNoPriorActivity()
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("0"), null), FIN)
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("1000"), List.of()), FIN)
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("1000"), List.of(80, 80)), FIN)
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("1000"), List.of(0)), FIN)
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetBudgetCommand(ID, "Marketing", APRIL, jpy("1000"), null), FIN)
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordBudgetActualCommand(ID, "Sales", APRIL, BudgetActualSource.PAYROLL, " ", 1, "e",
                        jpy("1")))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordBudgetActualCommand(ID, "Sales", APRIL, BudgetActualSource.PAYROLL, "p", 0, "e",
                        jpy("1")))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void recordsAnActualOnceForTheSameSource() {
        fixture.given(set("100000"))
                .when(claim("c1", "10000"))
                .expectEvents(claimed("c1", "10000", null, "10000"));
        fixture.given(set("100000"), claimed("c1", "10000", null, "10000"))
                .when(claim("c1", "10000"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void theLatestCalculationOfAPayslipReplacesTheEarlierOneAndAnOlderOneIsIgnored() {
        var first = new BudgetActualRecordedEvent(ID, "Sales", APRIL, BudgetActualSource.PAYROLL, "slip-1", 1, "e1",
                jpy("30000"), null, jpy("30000"));
        fixture.given(set("100000"), first)
                .when(new RecordBudgetActualCommand(ID, "Sales", APRIL, BudgetActualSource.PAYROLL, "slip-1", 2, "e2",
                        jpy("35000")))
                .expectEvents(new BudgetActualRecordedEvent(ID, "Sales", APRIL, BudgetActualSource.PAYROLL, "slip-1",
                        2, "e2", jpy("35000"), jpy("30000"), jpy("35000")));
        fixture.given(set("100000"), first, new BudgetActualRecordedEvent(ID, "Sales", APRIL,
                        BudgetActualSource.PAYROLL, "slip-1", 2, "e2", jpy("35000"), jpy("30000"), jpy("35000")))
                .when(new RecordBudgetActualCommand(ID, "Sales", APRIL, BudgetActualSource.PAYROLL, "slip-1", 1, "e1",
                        jpy("30000")))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void announcesEachThresholdOnceWhenTheActualsReachIt() {
        fixture.given(set("100000"), claimed("c1", "70000", null, "70000"))
                .when(claim("c2", "10000"))   // exactly 80 %
                .expectEvents(claimed("c2", "10000", null, "80000"),
                        new BudgetThresholdCrossedEvent(ID, "Sales", APRIL, 80, jpy("100000"), jpy("80000")));
        fixture.given(set("100000"), claimed("c1", "80000", null, "80000"),
                        new BudgetThresholdCrossedEvent(ID, "Sales", APRIL, 80, jpy("100000"), jpy("80000")))
                .when(claim("c2", "5000"))
                .expectEvents(claimed("c2", "5000", null, "85000"));
    }

    @Test
    void oneActualMayCrossSeveralThresholdsAtOnce() {
        fixture.given(set("100000"))
                .when(claim("c1", "120000"))
                .expectEvents(claimed("c1", "120000", null, "120000"),
                        new BudgetThresholdCrossedEvent(ID, "Sales", APRIL, 80, jpy("100000"), jpy("120000")),
                        new BudgetThresholdCrossedEvent(ID, "Sales", APRIL, 100, jpy("100000"), jpy("120000")));
    }

    @Test
    void aRaisedBudgetReArmsAThresholdSoReachingItAgainIsANewCrossing() {
        var crossed80 = new BudgetThresholdCrossedEvent(ID, "Sales", APRIL, 80, jpy("100000"), jpy("85000"));
        var raised = new BudgetSetEvent(ID, "Sales", APRIL, jpy("200000"), DEFAULT, jpy("100000"), "fin");
        fixture.given(set("100000"), claimed("c1", "85000", null, "85000"), crossed80)
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("200000"), null), FIN)
                .expectEvents(raised);
        fixture.given(set("100000"), claimed("c1", "85000", null, "85000"), crossed80, raised)
                .when(claim("c2", "75000"))
                .expectEvents(claimed("c2", "75000", null, "160000"),
                        new BudgetThresholdCrossedEvent(ID, "Sales", APRIL, 80, jpy("200000"), jpy("160000")));
        // Lowering the budget below what is spent announces at once.
        fixture.given(set("100000"), claimed("c1", "50000", null, "50000"))
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("60000"), null), FIN)
                .expectEvents(new BudgetSetEvent(ID, "Sales", APRIL, jpy("60000"), DEFAULT, jpy("100000"), "fin"),
                        new BudgetThresholdCrossedEvent(ID, "Sales", APRIL, 80, jpy("60000"), jpy("50000")));
    }

    @Test
    void actualsWithoutABudgetAreKeptAndComparedWhenTheBudgetIsSet() {
        fixture.givenNoPriorActivity()
                .when(claim("c1", "90000"))
                .expectEvents(claimed("c1", "90000", null, "90000"));
        fixture.given(claimed("c1", "90000", null, "90000"))
                .when(new SetBudgetCommand(ID, "Sales", APRIL, jpy("100000"), null), FIN)
                .expectEvents(set("100000"),
                        new BudgetThresholdCrossedEvent(ID, "Sales", APRIL, 80, jpy("100000"), jpy("90000")))
                .expectResultMessagePayload(true);
    }

    @Test
    void refusesAnotherCurrency() {
        fixture.given(set("100000"))
                .when(new RecordBudgetActualCommand(ID, "Sales", APRIL, BudgetActualSource.EXPENSE_CLAIM, "c1", 1,
                        "e", Money.of("10.00", "EUR")))
                .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
        fixture.given(set("100000"))
                .when(new SetBudgetCommand(ID, "Sales", APRIL, Money.of("1000.00", "EUR"), null), FIN)
                .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
        fixture.given(claimed("c1", "90000", null, "90000"))
                .when(new SetBudgetCommand(ID, "Sales", APRIL, Money.of("1000.00", "EUR"), null), FIN)
                .expectException(refusedWith(CommonErrors.CURRENCY_MISMATCH)).expectNoEvents();
    }
}
