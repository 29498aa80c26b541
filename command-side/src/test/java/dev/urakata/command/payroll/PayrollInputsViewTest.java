package dev.urakata.command.payroll;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeePositionChangedEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.TerminationReason;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayPolicyVersionAdoptedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunClosedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunOpenedEvent;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipId;
import dev.urakata.shared.payroll.PayslipLine;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's payroll view on the embedded Mongo server. */
class PayrollInputsViewTest {

    static final EmployeeId E1 = new EmployeeId("e1");
    static final PayPolicyId POLICY = new PayPolicyId("sample");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private PayrollInputsView view;

    @BeforeEach
    void setUp() {
        view = new PayrollInputsView(mongo.template(), Jackson2ObjectMapperBuilder.json().build());
    }

    void hireE1() {
        EmployeeHiredEvent hired = new EmployeeHiredEvent(E1, "N-1", "A", "B", "a@b.c", "Ops", "Clerk",
                EmploymentType.PERMANENT, null, LocalDate.of(2026, 1, 10), Money.of("300000", "JPY"));
        view.on(hired, new GenericEventMessage<>(hired), 0);
        EmployeeSalaryChangedEvent raise = new EmployeeSalaryChangedEvent(E1, Money.of("330000", "JPY"),
                LocalDate.of(2026, 4, 1), "review", Money.of("300000", "JPY"));
        GenericEventMessage<EmployeeSalaryChangedEvent> raiseMessage = new GenericEventMessage<>(raise);
        view.on(raise, raiseMessage, 1);
        view.on(raise, raiseMessage, 1); // redelivered
        view.on(new EmployeePositionChangedEvent(E1, "Logistics", "Lead", LocalDate.of(2026, 5, 1), "Ops", "Clerk"), 2);
        view.on(new EmployeeTerminatedEvent(E1, TerminationReason.RESIGNATION, LocalDate.of(2026, 6, 15), null), 3);
    }

    @Test
    void employeesCarryTheirSalaryHistoryDepartmentAndDates() {
        hireE1();

        assertThat(view.employeesActiveBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).hasSize(1);
        assertThat(view.employeesActiveBetween(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))).isEmpty();
        PayInputs.Employee june = view.employeesActiveBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))
                .get(0);
        assertThat(june.salaries()).extracting(PayInputs.SalaryEntry::monthly)
                .containsExactly(Money.of("300000", "JPY"), Money.of("330000", "JPY"));
        assertThat(june.lastDay()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(june.department()).isEqualTo("Logistics");
        assertThat(view.employeesActiveBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)).get(0)
                .department()).isEqualTo("Ops");
    }

    @Test
    void theVersionInForceOnADayIsChosenByEffectiveDate() {
        PayPolicyVersionAdoptedEvent v1 = new PayPolicyVersionAdoptedEvent(POLICY, "Sample", 1,
                LocalDate.of(2026, 1, 1), PayrollFixtures.sampleRules(), "ADOPTED", null);
        PayPolicyVersionAdoptedEvent v2 = new PayPolicyVersionAdoptedEvent(POLICY, "Sample", 2,
                LocalDate.of(2026, 7, 1), PayrollFixtures.sampleRules(), "SOCIAL_CONTRIBUTIONS", "update");
        view.on(v1, new GenericEventMessage<>(v1));
        view.on(v2, new GenericEventMessage<>(v2));

        assertThat(view.policyExists(POLICY)).isTrue();
        assertThat(view.policyVersionOn(POLICY, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(view.policyVersionOn(POLICY, LocalDate.of(2026, 6, 30)).orElseThrow().version()).isEqualTo(1);
        assertThat(view.policyVersionOn(POLICY, LocalDate.of(2026, 7, 31)).orElseThrow().version()).isEqualTo(2);
        assertThat(view.policyVersionOn(POLICY, LocalDate.of(2026, 7, 31)).orElseThrow().rules())
                .isEqualTo(PayrollFixtures.sampleRules());
    }

    @Test
    void finalFiguresAreTheLatestCalculationPlusEveryCorrection() {
        PayrollRunId april = new PayrollRunId("april");
        PayrollRunId correction = new PayrollRunId("april-c1");
        view.on(new PayrollRunOpenedEvent(april, POLICY, YearMonth.of(2026, 4), null));
        view.on(slip(april, 1, "300000"));
        view.on(slip(april, 2, "310000")); // a recalculation supersedes the first
        view.on(new PayrollRunCalculatedEvent(april, 2, "alice", 1, jpy(0), jpy(0), jpy(0), jpy(0), jpy(0), jpy(0)));
        view.on(new PayrollRunClosedEvent(april));
        view.on(new PayrollRunOpenedEvent(correction, POLICY, YearMonth.of(2026, 4), april));
        view.on(slip(correction, 1, "20000"));
        view.on(new PayrollRunCalculatedEvent(correction, 1, "alice", 1, jpy(0), jpy(0), jpy(0), jpy(0), jpy(0),
                jpy(0)));

        assertThat(view.run(april).orElseThrow().closed()).isTrue();
        assertThat(view.finalFigures(april)).containsEntry(E1, Map.of("BASE_SALARY", new BigDecimal("310000")));
        assertThat(view.finalFigures(correction)).containsEntry(E1, Map.of("BASE_SALARY", new BigDecimal("330000")));
    }

    static Money jpy(long amount) {
        return Money.of(Long.toString(amount), "JPY");
    }

    static PayslipCalculatedEvent slip(PayrollRunId run, int calculation, String base) {
        Money amount = Money.of(base, "JPY");
        return new PayslipCalculatedEvent(run, new PayslipId("s-" + run), calculation, E1, "N-1", "Ops",
                YearMonth.of(2026, 4), List.of(new PayslipLine("BASE_SALARY", LineKind.EARNING, amount, "r", 1,
                Map.of(), List.of("x"), "x")), amount, jpy(0), amount, jpy(0), null);
    }
}
