package dev.urakata.command.payroll;

import dev.urakata.command.support.TestUniqueKeys;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.AddOneOffPaymentCommand;
import dev.urakata.shared.payroll.ApprovePayrollRunCommand;
import dev.urakata.shared.payroll.CalculatePayrollRunCommand;
import dev.urakata.shared.payroll.ClosePayrollRunCommand;
import dev.urakata.shared.payroll.OneOffKind;
import dev.urakata.shared.payroll.OneOffPaymentAddedEvent;
import dev.urakata.shared.payroll.OpenCorrectionRunCommand;
import dev.urakata.shared.payroll.OpenPayrollRunCommand;
import dev.urakata.shared.payroll.PayPayrollRunCommand;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayrollErrors;
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunClosedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunOpenedEvent;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.payroll.PayrollRunRejectedEvent;
import dev.urakata.shared.payroll.RejectPayrollRunCommand;
import dev.urakata.shared.payroll.PayrollRunSubmittedForReviewEvent;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipLine;
import dev.urakata.shared.payroll.RecordApprovedHoursCommand;
import dev.urakata.shared.payroll.SubmitPayrollRunForReviewCommand;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static dev.urakata.command.payroll.PayrollFixtures.employee;
import static dev.urakata.command.payroll.PayrollFixtures.salary;
import static dev.urakata.command.support.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The payroll run lifecycle, every refusal, recalculation and correction runs. */
class PayrollRunTest {

    static final PayrollRunId RUN = new PayrollRunId("run-2026-04");
    static final PayrollRunId CORRECTION = new PayrollRunId("run-2026-04-c1");
    static final PayPolicyId POLICY = new PayPolicyId("sample");
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final MetaData BY_ALICE = MetaData.with(MetadataKeys.USER, "alice");
    static final MetaData BY_BOB = MetaData.with(MetadataKeys.USER, "bob");

    private FakePayrollInputs inputs;
    private AggregateTestFixture<PayrollRun> fixture;

    @BeforeEach
    void setUp() {
        inputs = new FakePayrollInputs();
        inputs.policies.put(POLICY, PayrollFixtures.sample());
        inputs.employees.add(employee("e1", LocalDate.of(2025, 1, 1), null,
                salary("300000", LocalDate.of(2025, 1, 1), "hire-e1")));
        inputs.employees.add(employee("e2", LocalDate.of(2026, 4, 11), null,
                salary("300000", LocalDate.of(2026, 4, 11), "hire-e2")));
        inputs.employees.add(employee("gone", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 31),
                salary("500000", LocalDate.of(2024, 1, 1), "hire-gone")));
        fixture = new AggregateTestFixture<>(PayrollRun.class);
        fixture.registerInjectableResource(inputs);
        fixture.registerInjectableResource(TestUniqueKeys.create());
    }


    static PayrollRunOpenedEvent opened() {
        return new PayrollRunOpenedEvent(RUN, POLICY, APRIL, null);
    }

    static Money jpy(String amount) {
        return Money.of(amount, "JPY");
    }

    /** April as calculated by alice: e1 full month (net 255,700), e2 from the 11th (net 172,900). */
    static PayrollRunCalculatedEvent calculatedByAlice() {
        return new PayrollRunCalculatedEvent(RUN, 1, "alice", 2, jpy("500000"), jpy("71400"), jpy("428600"),
                jpy("50000"), jpy("26400"), jpy("45000"));
    }

    @Test
    void opensOneRegularRunPerMonthWithAKnownPolicy() {
        fixture.givenNoPriorActivity()
                .when(new OpenPayrollRunCommand(RUN, POLICY, APRIL))
                .expectEvents(opened());
        fixture.givenNoPriorActivity()
                .when(new OpenPayrollRunCommand(new PayrollRunId("other"), POLICY, APRIL))
                .expectException(refusedWith(PayrollErrors.DUPLICATE_PAYROLL_RUN)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenPayrollRunCommand(new PayrollRunId("may"), new PayPolicyId("nope"), APRIL.plusMonths(1)))
                .expectException(refusedWith(PayrollErrors.NO_PAY_POLICY)).expectNoEvents();
    }

    @Test
    void calculatesEveryEmployeeEmployedInTheMonthAndTotalsReconcile() {
        fixture.given(opened())
                .when(new CalculatePayrollRunCommand(RUN), BY_ALICE)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(PayslipCalculatedEvent.class),
                                org.hamcrest.Matchers.instanceOf(PayslipCalculatedEvent.class),
                                org.hamcrest.Matchers.equalTo(calculatedByAlice()),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void recalculatingTheSameInputsGivesIdenticalPayslips() {
        List<PayslipCalculatedEvent> first = slipsOf(fixture.given(opened())
                .when(new CalculatePayrollRunCommand(RUN), BY_ALICE));
        List<PayslipCalculatedEvent> again = slipsOf(fixture.given(opened(), calculatedByAlice())
                .when(new CalculatePayrollRunCommand(RUN), BY_BOB));
        assertThat(again).hasSize(2);
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i).lines()).isEqualTo(first.get(i).lines());
            assertThat(again.get(i).payslipId()).isEqualTo(first.get(i).payslipId());
            assertThat(again.get(i).calculation()).isEqualTo(2);
        }
    }

    /** The payslips a fixture result published. */
    static List<PayslipCalculatedEvent> slipsOf(org.axonframework.test.aggregate.ResultValidator<PayrollRun> result) {
        List<PayslipCalculatedEvent> slips = new java.util.ArrayList<>();
        result.expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAllOf(new org.hamcrest.CustomMatcher<>("any") {
                            @Override
                            public boolean matches(Object item) {
                                if (item instanceof PayslipCalculatedEvent slip) {
                                    slips.add(slip);
                                }
                                return true;
                            }
                        })));
        return slips;
    }

    @Test
    void theLifecycleNeedsASecondPersonToApprove() {
        fixture.given(opened(), calculatedByAlice())
                .when(new SubmitPayrollRunForReviewCommand(RUN))
                .expectEvents(new PayrollRunSubmittedForReviewEvent(RUN));
        fixture.given(opened(), calculatedByAlice(), new PayrollRunSubmittedForReviewEvent(RUN))
                .when(new ApprovePayrollRunCommand(RUN, null), BY_ALICE)
                .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED)).expectNoEvents();
        fixture.given(opened(), calculatedByAlice(), new PayrollRunSubmittedForReviewEvent(RUN))
                .when(new ApprovePayrollRunCommand(RUN, null), BY_BOB)
                .expectEvents(new PayrollRunApprovedEvent(RUN, "bob"));
        fixture.given(opened(), calculatedByAlice(), new PayrollRunSubmittedForReviewEvent(RUN),
                        new PayrollRunApprovedEvent(RUN, "bob"))
                .when(new PayPayrollRunCommand(RUN, LocalDate.of(2026, 4, 25)))
                .expectEvents(new PayrollRunPaidEvent(RUN, LocalDate.of(2026, 4, 25)));
        fixture.given(opened(), calculatedByAlice(), new PayrollRunSubmittedForReviewEvent(RUN),
                        new PayrollRunApprovedEvent(RUN, "bob"), new PayrollRunPaidEvent(RUN, LocalDate.of(2026, 4, 25)))
                .when(new ClosePayrollRunCommand(RUN))
                .expectEvents(new PayrollRunClosedEvent(RUN));
    }

    @Test
    void theReviewerSendsARunBackWithAReasonAndApprovesItWithAComment() {
        PayrollRunSubmittedForReviewEvent submitted = new PayrollRunSubmittedForReviewEvent(RUN);
        fixture.given(opened(), calculatedByAlice(), submitted)
                .when(new RejectPayrollRunCommand(RUN, " Bonus lacks the board minute "), BY_BOB)
                .expectEvents(new PayrollRunRejectedEvent(RUN, "bob", "Bonus lacks the board minute"));
        // sent back, it is submitted again (or recalculated) before anyone may approve it
        PayrollRunRejectedEvent rejected = new PayrollRunRejectedEvent(RUN, "bob", "Bonus lacks the board minute");
        fixture.given(opened(), calculatedByAlice(), submitted, rejected)
                .when(new ApprovePayrollRunCommand(RUN, null), BY_BOB)
                .expectException(refusedWith(PayrollErrors.PAYROLL_RUN_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(opened(), calculatedByAlice(), submitted, rejected)
                .when(new SubmitPayrollRunForReviewCommand(RUN))
                .expectEvents(submitted);
        fixture.given(opened(), calculatedByAlice(), submitted, rejected, submitted)
                .when(new ApprovePayrollRunCommand(RUN, " Minute 2026-41 seen "), BY_BOB)
                .expectEvents(new PayrollRunApprovedEvent(RUN, "bob", "Minute 2026-41 seen"));
    }

    @Test
    void aRejectionNeedsAReasonTheReviewerAndARunInReview() {
        fixture.given(opened(), calculatedByAlice(), new PayrollRunSubmittedForReviewEvent(RUN))
                .when(new RejectPayrollRunCommand(RUN, " "), BY_BOB)
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(opened(), calculatedByAlice(), new PayrollRunSubmittedForReviewEvent(RUN))
                .when(new RejectPayrollRunCommand(RUN, "wrong month"), BY_ALICE)
                .expectException(refusedWith(CommonErrors.FOUR_EYES_REQUIRED)).expectNoEvents();
        fixture.given(opened(), calculatedByAlice())
                .when(new RejectPayrollRunCommand(RUN, "wrong month"), BY_BOB)
                .expectException(refusedWith(PayrollErrors.PAYROLL_RUN_STATUS_CONFLICT)).expectNoEvents();
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        fixture.given(opened())
                .when(new SubmitPayrollRunForReviewCommand(RUN))
                .expectException(refusedWith(PayrollErrors.PAYROLL_RUN_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(opened(), calculatedByAlice())
                .when(new ApprovePayrollRunCommand(RUN, null), BY_BOB)
                .expectException(refusedWith(PayrollErrors.PAYROLL_RUN_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(opened(), calculatedByAlice())
                .when(new ClosePayrollRunCommand(RUN))
                .expectException(refusedWith(PayrollErrors.PAYROLL_RUN_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(opened(), calculatedByAlice(), new PayrollRunSubmittedForReviewEvent(RUN),
                        new PayrollRunApprovedEvent(RUN, "bob"), new PayrollRunPaidEvent(RUN, LocalDate.of(2026, 4, 25)),
                        new PayrollRunClosedEvent(RUN))
                .when(new CalculatePayrollRunCommand(RUN), BY_ALICE)
                .expectException(refusedWith(PayrollErrors.PAYROLL_RUN_STATUS_CONFLICT)).expectNoEvents();
    }

    @Test
    void inputsAreAddedOnceAndSendTheRunBackToCalculation() {
        AddOneOffPaymentCommand bonus = new AddOneOffPaymentCommand(RUN, "b1", new EmployeeId("e1"), OneOffKind.BONUS,
                jpy("50000"), "Q1 bonus");
        fixture.given(opened(), calculatedByAlice())
                .when(bonus)
                .expectEvents(new OneOffPaymentAddedEvent(RUN, "b1", new EmployeeId("e1"), OneOffKind.BONUS,
                        jpy("50000"), "Q1 bonus"));
        fixture.given(opened(), new OneOffPaymentAddedEvent(RUN, "b1", new EmployeeId("e1"), OneOffKind.BONUS,
                        jpy("50000"), "Q1 bonus"))
                .when(bonus)
                .expectSuccessfulHandlerExecution().expectNoEvents();
        // Added after calculation: the run must be calculated again before review.
        fixture.given(opened(), calculatedByAlice(), new OneOffPaymentAddedEvent(RUN, "b1", new EmployeeId("e1"),
                        OneOffKind.BONUS, jpy("50000"), "Q1 bonus"))
                .when(new SubmitPayrollRunForReviewCommand(RUN))
                .expectException(refusedWith(PayrollErrors.PAYROLL_RUN_STATUS_CONFLICT)).expectNoEvents();
        fixture.given(opened())
                .when(new RecordApprovedHoursCommand(RUN, "ts-1", new EmployeeId("e1"), new BigDecimal("-1"), null,
                        null, null))
                .expectException(refusedWith(CommonErrors.INVALID_INPUT)).expectNoEvents();
        fixture.given(opened(), new OneOffPaymentAddedEvent(RUN, "b1", new EmployeeId("gone"), OneOffKind.BONUS,
                        jpy("50000"), "late bonus"))
                .when(new CalculatePayrollRunCommand(RUN), BY_ALICE)
                .expectException(refusedWith(CommonErrors.BUSINESS_RULE_VIOLATED)).expectNoEvents();
    }

    @Test
    void aCorrectionRunPaysOnlyTheDifferenceToTheClosedRun() {
        inputs.runs.put(RUN, new PayrollInputs.RunInfo(RUN, POLICY, APRIL, true));
        // April paid e1 300,000 gross; a raise to 330,000 from April 1 was recorded afterwards.
        inputs.figures.put(RUN, Map.of(new EmployeeId("e1"), Map.of("BASE_SALARY", new BigDecimal("300000"),
                "SOCIAL_CONTRIBUTION", new BigDecimal("27000"), "INCOME_TAX", new BigDecimal("17300"),
                "EMPLOYER_SOCIAL_CONTRIBUTION", new BigDecimal("30000"))));
        inputs.employees.clear();
        inputs.employees.add(employee("e1", LocalDate.of(2025, 1, 1), null,
                salary("300000", LocalDate.of(2025, 1, 1), "hire-e1"),
                salary("330000", LocalDate.of(2026, 4, 1), "raise-e1")));
        fixture.givenNoPriorActivity()
                .when(new OpenCorrectionRunCommand(CORRECTION, RUN))
                .expectEvents(new PayrollRunOpenedEvent(CORRECTION, POLICY, APRIL, RUN));

        List<PayslipCalculatedEvent> slips = slipsOf(fixture.given(new PayrollRunOpenedEvent(CORRECTION, POLICY,
                APRIL, RUN)).when(new CalculatePayrollRunCommand(CORRECTION), BY_ALICE));
        // Due now: 330,000; social 29,700; tax on 300,300 = 20,030; employer 33,000.
        assertThat(slips).singleElement().satisfies(slip -> {
            assertThat(slip.lines()).extracting(PayslipLine::component, l -> l.amount().amount())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("BASE_SALARY", new BigDecimal("30000")),
                            org.assertj.core.groups.Tuple.tuple("SOCIAL_CONTRIBUTION", new BigDecimal("2700")),
                            org.assertj.core.groups.Tuple.tuple("INCOME_TAX", new BigDecimal("2730")),
                            org.assertj.core.groups.Tuple.tuple("EMPLOYER_SOCIAL_CONTRIBUTION", new BigDecimal("3000")));
            assertThat(slip.net().amount()).isEqualByComparingTo("24570");
            assertThat(slip.correctsPayslipId().value()).isEqualTo(PayrollRun.payslipIdOf(RUN, new EmployeeId("e1")));
        });
    }

    @Test
    void aCorrectionKeepsTheBonusTheCorrectedRunPaid() {
        inputs.runs.put(RUN, new PayrollInputs.RunInfo(RUN, POLICY, APRIL, true));
        // Paid: 300,000 + 50,000 bonus = 350,000; social 31,500; tax on 318,500 = 21,850; employer 35,000.
        inputs.figures.put(RUN, Map.of(new EmployeeId("e1"), Map.of("BASE_SALARY", new BigDecimal("300000"),
                "BONUS", new BigDecimal("50000"), "SOCIAL_CONTRIBUTION", new BigDecimal("31500"),
                "INCOME_TAX", new BigDecimal("21850"), "EMPLOYER_SOCIAL_CONTRIBUTION", new BigDecimal("35000"))));
        inputs.carried.put(RUN, new PayrollInputs.CarriedInputs(List.of(new PayInputs.OneOff("b1",
                new EmployeeId("e1"), OneOffKind.BONUS, jpy("50000"), "bonus-event")), Map.of()));
        inputs.employees.clear();
        inputs.employees.add(employee("e1", LocalDate.of(2025, 1, 1), null,
                salary("300000", LocalDate.of(2025, 1, 1), "hire-e1"),
                salary("330000", LocalDate.of(2026, 4, 1), "raise-e1")));

        List<PayslipCalculatedEvent> slips = slipsOf(fixture.given(new PayrollRunOpenedEvent(CORRECTION, POLICY,
                APRIL, RUN)).when(new CalculatePayrollRunCommand(CORRECTION), BY_ALICE));

        // Due now: 380,000; social 34,200; tax on 345,800 = 24,580; employer 38,000. No bonus line: unchanged.
        assertThat(slips).singleElement().satisfies(slip -> {
            assertThat(slip.lines()).extracting(PayslipLine::component)
                    .containsExactly("BASE_SALARY", "SOCIAL_CONTRIBUTION", "INCOME_TAX", "EMPLOYER_SOCIAL_CONTRIBUTION");
            assertThat(slip.net().amount()).isEqualByComparingTo("24570");
        });
    }

    @Test
    void onlyAClosedRunCanBeCorrected() {
        inputs.runs.put(RUN, new PayrollInputs.RunInfo(RUN, POLICY, APRIL, false));
        fixture.givenNoPriorActivity()
                .when(new OpenCorrectionRunCommand(CORRECTION, RUN))
                .expectException(refusedWith(PayrollErrors.RUN_NOT_CLOSED)).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenCorrectionRunCommand(CORRECTION, new PayrollRunId("unknown")))
                .expectException(refusedWith(CommonErrors.NOT_FOUND)).expectNoEvents();
    }
}
