package dev.urakata.query.payroll;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.ExplainPayslipQuery;
import dev.urakata.shared.payroll.FindPayrollRegisterQuery;
import dev.urakata.shared.payroll.FindPayslipQuery;
import dev.urakata.shared.payroll.LineKind;
import dev.urakata.shared.payroll.ListPayrollRunsQuery;
import dev.urakata.shared.payroll.ListPayslipsQuery;
import dev.urakata.shared.payroll.PayPolicyId;
import dev.urakata.shared.payroll.PayrollCost;
import dev.urakata.shared.payroll.PayrollCostsQuery;
import dev.urakata.shared.payroll.PayrollRegister;
import dev.urakata.shared.payroll.PayrollRegisterRow;
import dev.urakata.shared.payroll.PayrollRunApprovedEvent;
import dev.urakata.shared.payroll.PayrollRunCalculatedEvent;
import dev.urakata.shared.payroll.PayrollRunClosedEvent;
import dev.urakata.shared.payroll.PayrollRunId;
import dev.urakata.shared.payroll.PayrollRunOpenedEvent;
import dev.urakata.shared.payroll.PayrollRunPaidEvent;
import dev.urakata.shared.payroll.PayrollRunStatus;
import dev.urakata.shared.payroll.PayrollRunSubmittedForReviewEvent;
import dev.urakata.shared.payroll.PayrollRunSummary;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipDetails;
import dev.urakata.shared.payroll.PayslipExplanation;
import dev.urakata.shared.payroll.PayslipId;
import dev.urakata.shared.payroll.PayslipLine;
import dev.urakata.shared.payroll.PayslipSummary;
import dev.urakata.shared.payroll.PayslipYearToDate;
import dev.urakata.shared.payroll.Withholding;
import dev.urakata.shared.payroll.WithholdingsQuery;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.TreeMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.urakata.query.analysts.CatalogueConformance.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payroll views on the embedded MongoDB-wire server, fed one history: March calculated twice, approved, paid
 * and closed; April calculated and approved; a correction of March (E1 +100, E2 -50) approved; May calculated only.
 */
class PayrollProjectionsTest {

    static final PayPolicyId POLICY = new PayPolicyId("policy-1");
    static final PayrollRunId MARCH = new PayrollRunId("run-2026-03");
    static final PayrollRunId APRIL = new PayrollRunId("run-2026-04");
    static final PayrollRunId MARCH_FIX = new PayrollRunId("run-2026-03-c1");
    static final PayrollRunId MAY = new PayrollRunId("run-2026-05");
    static final EmployeeId E1 = new EmployeeId("emp-1");
    static final EmployeeId E2 = new EmployeeId("emp-2");
    static final YearMonth M3 = YearMonth.of(2026, 3);
    static final YearMonth M4 = YearMonth.of(2026, 4);
    static final YearMonth M5 = YearMonth.of(2026, 5);
    static final Instant START = Instant.parse("2026-03-25T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private PayslipProjection payslips;
    private PayrollRegisterProjection register;
    private PayrollCostProjection costs;
    private WithholdingProjection withholdings;
    private final List<GenericDomainEventMessage<?>> history = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, Instant> moments = new HashMap<>();

    @BeforeEach
    void setUp() {
        payslips = new PayslipProjection(mongo.template());
        register = new PayrollRegisterProjection(mongo.template());
        costs = new PayrollCostProjection(mongo.template());
        withholdings = new WithholdingProjection(mongo.template());

        add(MARCH, new PayrollRunOpenedEvent(MARCH, POLICY, M3, null));
        calculate(MARCH, 1, M3, null, slip(MARCH, "ps-3-1", 1, E1, "E-001", "Operations", M3, "3000.00", null),
                slip(MARCH, "ps-3-2", 1, E2, "E-002", "Sales", M3, "2000.00", null));
        mark("march calculated once");
        calculate(MARCH, 2, M3, null, slip(MARCH, "ps-3-1", 2, E1, "E-001", "Operations", M3, "3200.00", null),
                slip(MARCH, "ps-3-2", 2, E2, "E-002", "Sales", M3, "2000.00", null));
        add(MARCH, new PayrollRunSubmittedForReviewEvent(MARCH));
        add(MARCH, new PayrollRunApprovedEvent(MARCH, "boss"));
        add(MARCH, new PayrollRunPaidEvent(MARCH, LocalDate.of(2026, 3, 31)));
        add(MARCH, new PayrollRunClosedEvent(MARCH));

        add(APRIL, new PayrollRunOpenedEvent(APRIL, POLICY, M4, null));
        calculate(APRIL, 1, M4, null, slip(APRIL, "ps-4-1", 1, E1, "E-001", "Operations", M4, "3200.00", null),
                slip(APRIL, "ps-4-2", 1, E2, "E-002", "Sales", M4, "2000.00", null));
        add(APRIL, new PayrollRunSubmittedForReviewEvent(APRIL));
        mark("before april approval");
        add(APRIL, new PayrollRunApprovedEvent(APRIL, "boss"));
        mark("after april approval");

        add(MARCH_FIX, new PayrollRunOpenedEvent(MARCH_FIX, POLICY, M3, MARCH));
        calculate(MARCH_FIX, 1, M3, MARCH,
                slip(MARCH_FIX, "ps-3c-1", 1, E1, "E-001", "Operations", M3, "100.00", "ps-3-1"),
                slip(MARCH_FIX, "ps-3c-2", 1, E2, "E-002", "Sales", M3, "-50.00", "ps-3-2"));
        mark("before correction approval");
        add(MARCH_FIX, new PayrollRunApprovedEvent(MARCH_FIX, "boss"));

        add(MAY, new PayrollRunOpenedEvent(MAY, POLICY, M5, null));
        calculate(MAY, 1, M5, null, slip(MAY, "ps-5-1", 1, E1, "E-001", "Operations", M5, "3200.00", null));
    }

    // ---- history building ------------------------------------------------------------------------------------

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** A payslip of one base salary line, 10% income tax, 5% employee and 6% employer social contribution. */
    static PayslipCalculatedEvent slip(PayrollRunId run, String payslipId, int calculation, EmployeeId employee,
                                       String number, String department, YearMonth period, String base,
                                       String correctsPayslipId) {
        BigDecimal gross = new BigDecimal(base);
        Money tax = Money.rounded(gross.multiply(new BigDecimal("0.10")), "EUR");
        Money social = Money.rounded(gross.multiply(new BigDecimal("0.05")), "EUR");
        Money employer = Money.rounded(gross.multiply(new BigDecimal("0.06")), "EUR");
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("monthlySalary", base);
        inputs.put("days", "22");
        inputs.put("daysWorked", "22");
        List<PayslipLine> lines = List.of(
                new PayslipLine("BASE_SALARY", LineKind.EARNING, eur(base), "base-salary-pro-rata", 1, inputs,
                        List.of("ev-hire-" + employee.value()), "monthly salary x 22/22 days"),
                new PayslipLine("INCOME_TAX", LineKind.DEDUCTION, tax, "income-tax-progressive", 1,
                        Map.of("taxable", base), List.of("ev-policy-1"), "10% of taxable pay"),
                new PayslipLine("SOCIAL_CONTRIBUTION", LineKind.DEDUCTION, social, "social-employee", 1,
                        Map.of("base", base, "rate", "0.05"), List.of("ev-policy-1"), "5% of gross"),
                new PayslipLine("EMPLOYER_SOCIAL_CONTRIBUTION", LineKind.EMPLOYER_CONTRIBUTION, employer,
                        "social-employer", 1, Map.of("base", base, "rate", "0.06"), List.of("ev-policy-1"),
                        "6% of gross"));
        Money deductions = tax.plus(social);
        return new PayslipCalculatedEvent(run, new PayslipId(payslipId), calculation, employee, number, department,
                period, lines, eur(base), deductions, eur(base).minus(deductions), employer,
                correctsPayslipId == null ? null : new PayslipId(correctsPayslipId));
    }

    /** The payslips of one calculation, then the run's totals, as the run would apply them. */
    void calculate(PayrollRunId run, int calculation, YearMonth period, PayrollRunId corrects,
                   PayslipCalculatedEvent... slips) {
        Money gross = eur("0");
        Money deductions = eur("0");
        Money net = eur("0");
        Money employer = eur("0");
        Money tax = eur("0");
        Money social = eur("0");
        for (PayslipCalculatedEvent slip : slips) {
            add(run, slip);
            gross = gross.plus(slip.gross());
            deductions = deductions.plus(slip.deductions());
            net = net.plus(slip.net());
            employer = employer.plus(slip.employerContributions());
            tax = tax.plus(slip.lines().get(1).amount());
            social = social.plus(slip.lines().get(2).amount());
        }
        add(run, new PayrollRunCalculatedEvent(run, calculation, "clerk", slips.length, gross, deductions, net,
                employer, tax, social));
    }

    void add(PayrollRunId run, Object payload) {
        long sequence = sequences.merge(run.value(), 1L, Long::sum) - 1;
        Instant at = START.plus(history.size(), ChronoUnit.HOURS);
        history.add(new GenericDomainEventMessage<>("PayrollRun", run.value(), sequence, payload,
                MetaData.with(MetadataKeys.USER, "clerk"), "ev-" + history.size(), at));
    }

    /** Remembers the instant between the last event added and the next. */
    void mark(String name) {
        moments.put(name, START.plus(history.size() - 1, ChronoUnit.HOURS).plus(30, ChronoUnit.MINUTES));
    }

    Instant at(String name) {
        return moments.get(name);
    }

    /** Feeds every event to every payroll projection, as their processors would. */
    void replay() {
        for (GenericDomainEventMessage<?> event : history) {
            long seq = event.getSequenceNumber();
            Instant at = event.getTimestamp();
            Object payload = event.getPayload();
            if (payload instanceof PayrollRunOpenedEvent e) {
                payslips.on(e, seq, at);
                register.on(e, seq, at);
                costs.on(e, seq, at);
                withholdings.on(e, seq, at);
            } else if (payload instanceof PayslipCalculatedEvent e) {
                payslips.on(e, at);
                register.on(e, at);
                costs.on(e, at);
                withholdings.on(e, at);
            } else if (payload instanceof PayrollRunCalculatedEvent e) {
                payslips.on(e, seq, at);
                register.on(e, seq, at);
                costs.on(e, seq, at);
                withholdings.on(e, seq, at);
            } else if (payload instanceof PayrollRunSubmittedForReviewEvent e) {
                payslips.on(e, seq, at);
                register.on(e, seq, at);
                costs.on(e, seq, at);
                withholdings.on(e, seq, at);
            } else if (payload instanceof PayrollRunApprovedEvent e) {
                payslips.on(e, seq, at);
                register.on(e, seq, at);
                costs.on(e, seq, at);
                withholdings.on(e, seq, at);
            } else if (payload instanceof PayrollRunPaidEvent e) {
                payslips.on(e, seq, at);
                register.on(e, seq, at);
                costs.on(e, seq, at);
                withholdings.on(e, seq, at);
            } else if (payload instanceof PayrollRunClosedEvent e) {
                payslips.on(e, seq, at);
                register.on(e, seq, at);
                costs.on(e, seq, at);
                withholdings.on(e, seq, at);
            } else {
                throw new IllegalStateException("unexpected " + payload);
            }
        }
    }

    static final List<String> COLLECTIONS = List.of(PayslipProjection.PAYSLIPS, PayslipProjection.RUNS,
            PayrollRegisterProjection.RUNS, PayrollRegisterProjection.ROWS, PayrollCostProjection.RUNS,
            PayrollCostProjection.PAYSLIPS, WithholdingProjection.RUNS, WithholdingProjection.PAYSLIPS);

    Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        COLLECTIONS.forEach(name -> all.put(name, mongo.template().findAll(Document.class, name)));
        return all;
    }

    PayslipDetails payslip(String id, Instant asOf) {
        return payslips.handle(new FindPayslipQuery(new PayslipId(id), asOf)).orElseThrow();
    }

    PayrollRegister registerOf(PayrollRunId run, Instant asOf) {
        return register.handle(new FindPayrollRegisterQuery(run, asOf)).orElseThrow();
    }

    List<PayrollCost> costs(YearMonth from, YearMonth to, Instant asOf) {
        return costs.handle(new PayrollCostsQuery(from, to, asOf, 0, 50)).items();
    }

    List<Withholding> withholdings(YearMonth from, YearMonth to, Instant asOf) {
        return withholdings.handle(new WithholdingsQuery(from, to, asOf, 0, 50)).items();
    }

    // ---- tests -----------------------------------------------------------------------------------------------

    @Test
    void aRecalculationSupersedesTheEarlierSlip() {
        replay();

        PayslipDetails now = payslip("ps-3-1", null);
        assertThat(now.calculation()).isEqualTo(2);
        assertThat(now.gross()).isEqualTo(eur("3200.00"));
        assertThat(now.net()).isEqualTo(eur("2720.00"));
        assertThat(now.incomeTax()).isEqualTo(eur("320.00"));
        assertThat(now.runStatus()).isEqualTo(PayrollRunStatus.CLOSED);
        assertThat(now.lines()).hasSize(4);

        // The employee's list shows the March slip once, at its latest calculation, then the correction, April, May.
        List<PayslipSummary> list = payslips.handle(new ListPayslipsQuery(E1, 2026, null, 0, 20)).items();
        assertThat(list).extracting(s -> s.payslipId().value())
                .containsExactly("ps-3-1", "ps-3c-1", "ps-4-1", "ps-5-1");
        assertThat(list.get(0).calculation()).isEqualTo(2);
        assertThat(list.get(1).correctsPayslipId()).isEqualTo(new PayslipId("ps-3-1"));
        assertThat(payslips.handle(new ListPayslipsQuery(E1, 2025, null, 0, 20)).total()).isZero();

        // As known after the first calculation: the superseded figures, and a run merely calculated.
        PayslipDetails then = payslip("ps-3-1", at("march calculated once"));
        assertThat(then.calculation()).isEqualTo(1);
        assertThat(then.gross()).isEqualTo(eur("3000.00"));
        assertThat(then.runStatus()).isEqualTo(PayrollRunStatus.CALCULATED);

        assertThat(payslips.handle(new FindPayslipQuery(new PayslipId("ps-3-1"), START.minusSeconds(1)))).isEmpty();
        assertThat(payslips.handle(new FindPayslipQuery(new PayslipId("nope"), null))).isEmpty();
    }

    @Test
    void yearToDateAddsApprovedMonthsAndCorrectionDifferences() {
        replay();

        // April: March 3200 + correction of March 100 + April 3200; May is not approved and not counted.
        assertThat(payslip("ps-4-1", null).yearToDate()).isEqualTo(new PayslipYearToDate(2026, M4, 3,
                eur("6500.00"), eur("975.00"), eur("5525.00"), eur("650.00"), eur("325.00")));
        // March's own year to date includes its correction, which belongs to March.
        assertThat(payslip("ps-3-1", null).yearToDate()).isEqualTo(new PayslipYearToDate(2026, M3, 2,
                eur("3300.00"), eur("495.00"), eur("2805.00"), eur("330.00"), eur("165.00")));
        // A negative correction lowers the year to date.
        assertThat(payslip("ps-4-2", null).yearToDate().gross()).isEqualTo(eur("3950.00"));
        // May's slip is not approved: its own year to date stops at the approved months.
        assertThat(payslip("ps-5-1", null).yearToDate().gross()).isEqualTo(eur("6500.00"));
        // Before the correction was approved, only the two regular months counted.
        assertThat(payslip("ps-4-1", at("before correction approval")).yearToDate().gross())
                .isEqualTo(eur("6400.00"));
        // Before April was approved, April did not count in its own year to date.
        assertThat(payslip("ps-4-1", at("before april approval")).yearToDate())
                .isEqualTo(new PayslipYearToDate(2026, M4, 1, eur("3200.00"), eur("480.00"), eur("2720.00"),
                        eur("320.00"), eur("160.00")));
    }

    @Test
    void theExplanationShowsEveryLineAndReconciles() {
        replay();

        PayslipExplanation explanation = payslips.handle(new ExplainPayslipQuery(new PayslipId("ps-3c-2"), null))
                .orElseThrow();
        assertThat(explanation.lines()).extracting(PayslipLine::component).containsExactly("BASE_SALARY",
                "INCOME_TAX", "SOCIAL_CONTRIBUTION", "EMPLOYER_SOCIAL_CONTRIBUTION");
        PayslipLine base = explanation.lines().get(0);
        assertThat(base.rule()).isEqualTo("base-salary-pro-rata");
        assertThat(base.policyVersion()).isEqualTo(1);
        assertThat(base.amount()).isEqualTo(eur("-50.00"));
        // Stored as an ordered list: the order the event's map iterates in is the order read back.
        assertThat(base.inputs()).isEqualTo(Map.of("monthlySalary", "-50.00", "days", "22", "daysWorked", "22"));
        assertThat(base.sourceEventIds()).containsExactly("ev-hire-emp-2");
        assertThat(base.explanation()).isEqualTo("monthly salary x 22/22 days");
        assertThat(explanation.reconciliation().grossMinusDeductions()).isEqualTo(eur("-42.50"));
        assertThat(explanation.reconciliation().net()).isEqualTo(eur("-42.50"));
        assertThat(explanation.reconciliation().balanced()).isTrue();
    }

    @Test
    void theRegisterTotalsEqualTheSumOfItsRows() {
        replay();

        PayrollRegister march = registerOf(MARCH, null);
        assertThat(march.status()).isEqualTo(PayrollRunStatus.CLOSED);
        assertThat(march.calculation()).isEqualTo(2);
        assertThat(march.calculatedBy()).isEqualTo("clerk");
        assertThat(march.approvedBy()).isEqualTo("boss");
        assertThat(march.paymentDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(march.rows()).containsExactly(
                new PayrollRegisterRow(new PayslipId("ps-3-1"), "E-001", "Operations", eur("3200.00"),
                        eur("480.00"), eur("2720.00"), eur("192.00")),
                new PayrollRegisterRow(new PayslipId("ps-3-2"), "E-002", "Sales", eur("2000.00"), eur("300.00"),
                        eur("1700.00"), eur("120.00")));
        assertThat(march.totals().gross()).isEqualTo(eur("5200.00"));
        assertThat(march.totalsMatchRows()).isTrue();

        PayrollRegister fix = registerOf(MARCH_FIX, null);
        assertThat(fix.correctsRunId()).isEqualTo(MARCH);
        assertThat(fix.totals().net()).isEqualTo(eur("42.50"));
        assertThat(fix.totalsMatchRows()).isTrue();

        // Totals that disagree with the rows are shown as they are, and flagged.
        PayrollRunId bad = new PayrollRunId("run-bad");
        add(bad, new PayrollRunOpenedEvent(bad, POLICY, M5, null));
        add(bad, slip(bad, "ps-bad", 1, E1, "E-001", "Operations", M5, "1000.00", null));
        add(bad, new PayrollRunCalculatedEvent(bad, 1, "clerk", 1, eur("1000.01"), eur("150.00"), eur("850.00"),
                eur("60.00"), eur("100.00"), eur("50.00")));
        replay();
        assertThat(registerOf(bad, null).totalsMatchRows()).isFalse();

        assertThat(register.handle(new FindPayrollRegisterQuery(new PayrollRunId("nope"), null))).isEmpty();
    }

    @Test
    void runsAreListedByStatusNowAndAsOf() {
        replay();

        assertThat(register.handle(new ListPayrollRunsQuery(null, null, 0, 20)).items())
                .extracting(PayrollRunSummary::runId).containsExactly(MARCH, MARCH_FIX, APRIL, MAY);
        assertThat(register.handle(new ListPayrollRunsQuery(PayrollRunStatus.APPROVED, null, 0, 20)).items())
                .extracting(PayrollRunSummary::runId).containsExactly(MARCH_FIX, APRIL);
        assertThat(register.handle(new ListPayrollRunsQuery(PayrollRunStatus.CALCULATED, null, 0, 20)).items())
                .extracting(PayrollRunSummary::runId).containsExactly(MAY);
        assertThat(register.handle(new ListPayrollRunsQuery(PayrollRunStatus.IN_REVIEW,
                at("before april approval"), 0, 20)).items()).extracting(PayrollRunSummary::runId)
                .containsExactly(APRIL);
        assertThat(register.handle(new ListPayrollRunsQuery(null, null, 1, 3)).items())
                .extracting(PayrollRunSummary::runId).containsExactly(MAY);
        List.of(PayslipProjection.RUNS, PayrollRegisterProjection.RUNS, PayrollCostProjection.RUNS,
                WithholdingProjection.RUNS).forEach(runs -> assertConforms(mongo.template(), runs));
    }

    @Test
    void anAnalystSummingTheCountedCalculationsGetsThePayrollCostsCorrectionsIncluded() {
        replay();

        // docs/read-models.md's query, as an analyst runs it on the collection.
        Map<String, BigDecimal> summed = new TreeMap<>();
        mongo.template().getCollection(PayrollCostProjection.PAYSLIPS).aggregate(List.of(
                Document.parse("{$match: {counted: true}}"),
                Document.parse("{$group: {_id: {period: '$period', department: '$department'},"
                        + " gross: {$sum: '$gross.amount'}, employer: {$sum: '$employerContributions.amount'},"
                        + " employees: {$addToSet: '$employeeId'}}}"),
                Document.parse("{$project: {total: {$add: ['$gross', '$employer']}, headcount: {$size: '$employees'}}}")))
                .forEach(row -> summed.put(row.get("_id", Document.class).getString("period") + " "
                        + row.get("_id", Document.class).getString("department") + " " + row.getInteger("headcount"),
                        ((org.bson.types.Decimal128) row.get("total")).bigDecimalValue().stripTrailingZeros()));
        Map<String, BigDecimal> reported = new TreeMap<>();
        costs(M3, M5, null).forEach(cost -> reported.put(cost.period() + " " + cost.department() + " "
                + cost.headcount(), cost.totalCost().amount().stripTrailingZeros()));
        assertThat(summed).isEqualTo(reported).isNotEmpty();
    }

    @Test
    void costsAndWithholdingsCountApprovedRunsWithCorrectionDifferences() {
        replay();

        assertThat(costs(M3, M5, null)).containsExactly(
                new PayrollCost(M3, "Operations", eur("3300.00"), eur("198.00"), eur("3498.00"), 1),
                new PayrollCost(M3, "Sales", eur("1950.00"), eur("117.00"), eur("2067.00"), 1),
                new PayrollCost(M4, "Operations", eur("3200.00"), eur("192.00"), eur("3392.00"), 1),
                new PayrollCost(M4, "Sales", eur("2000.00"), eur("120.00"), eur("2120.00"), 1));
        assertThat(withholdings(M3, M5, null)).containsExactly(
                new Withholding(M3, eur("525.00"), eur("262.50"), eur("315.00"), eur("1102.50"), 4),
                new Withholding(M4, eur("520.00"), eur("260.00"), eur("312.00"), eur("1092.00"), 2));
        assertThat(costs(M5, M5, null)).isEmpty();
        assertThat(withholdings(M4, M4, null)).hasSize(1);
        assertConforms(mongo.template(), PayrollCostProjection.PAYSLIPS);
        assertConforms(mongo.template(), WithholdingProjection.PAYSLIPS);
    }

    @Test
    void asOfBeforeAndAfterApprovalGiveDifferentAnswers() {
        replay();
        Instant before = at("before april approval");
        Instant after = at("after april approval");

        assertThat(costs(M4, M4, before)).isEmpty();
        assertThat(costs(M4, M4, after)).extracting(PayrollCost::totalCost)
                .containsExactly(eur("3392.00"), eur("2120.00"));
        assertThat(withholdings(M4, M4, before)).isEmpty();
        assertThat(withholdings(M4, M4, after)).singleElement()
                .satisfies(w -> assertThat(w.incomeTax()).isEqualTo(eur("520.00")));
        // March without its correction, which was approved later.
        assertThat(costs(M3, M3, after)).extracting(PayrollCost::gross)
                .containsExactly(eur("3200.00"), eur("2000.00"));

        PayrollRegister aprilBefore = registerOf(APRIL, before);
        assertThat(aprilBefore.status()).isEqualTo(PayrollRunStatus.IN_REVIEW);
        assertThat(aprilBefore.approvedBy()).isNull();
        PayrollRegister aprilAfter = registerOf(APRIL, after);
        assertThat(aprilAfter.status()).isEqualTo(PayrollRunStatus.APPROVED);
        assertThat(aprilAfter.approvedBy()).isEqualTo("boss");
        assertThat(register.handle(new FindPayrollRegisterQuery(MAY, after))).isEmpty();
    }

    @Test
    void redeliveringEveryEventTwiceChangesNoDocument() {
        replay();
        Map<String, List<Document>> once = snapshot();
        assertThat(once.values()).allSatisfy(docs -> assertThat(docs).isNotEmpty());

        replay();
        replay();

        assertThat(snapshot()).isEqualTo(once);
    }

    @Test
    void aResetThenReplayGivesIdenticalDocuments() {
        replay();
        Map<String, List<Document>> first = snapshot();

        payslips.reset();
        register.reset();
        costs.reset();
        withholdings.reset();
        assertThat(snapshot().values()).allSatisfy(docs -> assertThat(docs).isEmpty());
        replay();

        assertThat(snapshot()).isEqualTo(first);
        assertThat(payslips.handle(new FindPayslipQuery(new PayslipId("ps-3-1"), null)).map(PayslipDetails::gross))
                .isEqualTo(Optional.of(eur("3200.00")));
    }
}
