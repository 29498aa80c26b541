package dev.urakata.command.payroll;

import dev.urakata.command.SnapshotFields;
import dev.urakata.command.uniqueness.UniqueKeys;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.payroll.AddOneOffPaymentCommand;
import dev.urakata.shared.payroll.ApprovePayrollRunCommand;
import dev.urakata.shared.payroll.ApprovedHoursRecordedEvent;
import dev.urakata.shared.payroll.CalculatePayrollRunCommand;
import dev.urakata.shared.payroll.ClosePayrollRunCommand;
import dev.urakata.shared.payroll.LineKind;
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
import dev.urakata.shared.payroll.PayrollRunSubmittedForReviewEvent;
import dev.urakata.shared.payroll.PayslipCalculatedEvent;
import dev.urakata.shared.payroll.PayslipId;
import dev.urakata.shared.payroll.PayslipLine;
import dev.urakata.shared.payroll.RecordApprovedHoursCommand;
import dev.urakata.shared.payroll.RejectPayrollRunCommand;
import dev.urakata.shared.payroll.SubmitPayrollRunForReviewCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.urakata.shared.error.Checks.blankToNull;
import static dev.urakata.shared.error.Checks.notBlank;
import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One payroll run for one month: open → calculated → in review → approved → paid → closed. Calculation covers
 * every employee employed in the month and may be repeated until approval; approval needs someone other than
 * whoever calculated; a closed run is never rewritten, only corrected by a correction run that pays the difference.
 *
 * <p>Decides with the command side's own {@link PayrollInputs}; each calculated payslip event carries its lines
 * with their inputs, so the event alone explains the figures.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class PayrollRun {

    /** The uniqueness scope of regular runs: one per month. */
    static final String REGULAR_RUN_PERIOD = "payroll-period";

    enum Status { OPEN, CALCULATED, IN_REVIEW, APPROVED, PAID, CLOSED }

    @AggregateIdentifier
    private PayrollRunId runId;
    private PayPolicyId policyId;
    private YearMonth period;
    private PayrollRunId correctsRunId;
    private Status status;
    private int calculations;
    private String calculatedBy;
    private List<PayInputs.OneOff> oneOffs = new ArrayList<>();
    private List<HoursInput> hours = new ArrayList<>();
    private Set<String> inputIds = new HashSet<>();

    PayrollRun() {
        // for Axon and for snapshots
    }

    @CommandHandler
    PayrollRun(OpenPayrollRunCommand command, PayrollInputs inputs, UniqueKeys uniqueKeys) {
        require(command.runId() != null && command.policyId() != null && command.period() != null,
                "runId, policyId and period are required");
        if (!inputs.policyExists(command.policyId())) {
            throw new DomainException(PayrollErrors.NO_PAY_POLICY, "No pay policy " + command.policyId());
        }
        uniqueKeys.claimFor(REGULAR_RUN_PERIOD, command.period().toString(), command.runId().value(),
                PayrollErrors.DUPLICATE_PAYROLL_RUN);
        apply(new PayrollRunOpenedEvent(command.runId(), command.policyId(), command.period(), null));
    }

    @CommandHandler
    PayrollRun(OpenCorrectionRunCommand command, PayrollInputs inputs) {
        require(command.runId() != null && command.correctsRunId() != null, "runId and correctsRunId are required");
        PayrollInputs.RunInfo corrected = inputs.run(command.correctsRunId()).orElseThrow(() ->
                new DomainException(CommonErrors.NOT_FOUND, "No payroll run " + command.correctsRunId()));
        if (!corrected.closed()) {
            throw new DomainException(PayrollErrors.RUN_NOT_CLOSED, "Run " + command.correctsRunId()
                    + " is not closed: recalculate it instead of correcting it");
        }
        apply(new PayrollRunOpenedEvent(command.runId(), corrected.policyId(), corrected.period(),
                command.correctsRunId()));
    }

    @CommandHandler
    void handle(AddOneOffPaymentCommand command) {
        requireStatus("add inputs to", Status.OPEN, Status.CALCULATED);
        require(command.inputId() != null && !command.inputId().isBlank(), "inputId is required");
        if (inputIds.contains(command.inputId())) {
            return; // a retried input
        }
        require(command.employeeId() != null && command.kind() != null, "employeeId and kind are required");
        require(command.amount() != null && command.amount().isPositive(), "amount must be positive");
        apply(new OneOffPaymentAddedEvent(runId, command.inputId(), command.employeeId(), command.kind(),
                command.amount(), command.description()));
    }

    @CommandHandler
    void handle(RecordApprovedHoursCommand command) {
        requireStatus("add inputs to", Status.OPEN, Status.CALCULATED);
        require(command.inputId() != null && !command.inputId().isBlank(), "inputId is required");
        if (inputIds.contains(command.inputId())) {
            return;
        }
        require(command.employeeId() != null, "employeeId is required");
        BigDecimal overtime = hours(command.overtimeHours(), "overtimeHours");
        BigDecimal night = hours(command.nightHours(), "nightHours");
        BigDecimal holiday = hours(command.holidayHours(), "holidayHours");
        apply(new ApprovedHoursRecordedEvent(runId, command.inputId(), command.employeeId(), overtime, night, holiday,
                command.source()));
    }

    @CommandHandler
    void handle(CalculatePayrollRunCommand command, PayrollInputs inputs,
                @MetaDataValue(MetadataKeys.USER) String user) {
        requireStatus("calculate", Status.OPEN, Status.CALCULATED, Status.IN_REVIEW);
        LocalDate first = period.atDay(1);
        LocalDate last = period.atEndOfMonth();
        PayInputs.PolicyVersion policy = inputs.policyVersionOn(policyId, last).orElseThrow(() ->
                new DomainException(PayrollErrors.NO_PAY_POLICY,
                        "Pay policy " + policyId + " has no version in force on "
                        + last));
        List<PayInputs.Employee> employees = inputs.employeesActiveBetween(first, last);
        Set<EmployeeId> employed = new HashSet<>();
        employees.forEach(e -> employed.add(e.employeeId()));
        for (PayInputs.OneOff oneOff : oneOffs) {
            if (!employed.contains(oneOff.employeeId())) {
                throw new DomainException(CommonErrors.BUSINESS_RULE_VIOLATED, "One-off " + oneOff.inputId()
                        + " is for employee " + oneOff.employeeId() + ", who is not employed in " + period);
            }
        }
        Map<EmployeeId, Map<String, BigDecimal>> paidBefore = correctsRunId == null ? null
                : new LinkedHashMap<>(inputs.finalFigures(correctsRunId));
        // A correction recalculates with what the corrected runs paid besides salary (bonuses, hours).
        PayrollInputs.CarriedInputs carried = correctsRunId == null
                ? new PayrollInputs.CarriedInputs(List.of(), Map.of()) : inputs.carriedInputs(correctsRunId);
        int calculation = calculations + 1;
        Totals totals = new Totals(policy.rules().currency());
        for (PayInputs.Employee employee : employees) {
            List<PayInputs.OneOff> employeeOneOffs = new ArrayList<>(oneOffsOf(employee.employeeId()));
            carried.oneOffs().stream().filter(o -> o.employeeId().equals(employee.employeeId()))
                    .forEach(employeeOneOffs::add);
            List<PayInputs.Hours> employeeHours = new ArrayList<>(hoursOf(employee.employeeId()));
            employeeHours.addAll(carried.hours().getOrDefault(employee.employeeId(), List.of()));
            List<PayslipLine> lines = PayrollCalculator.calculate(period, employee, policy, employeeOneOffs,
                    employeeHours);
            if (paidBefore != null) {
                lines = Corrections.difference(lines, paidBefore.remove(employee.employeeId()), policy);
                if (lines.isEmpty()) {
                    continue;
                }
            }
            totals.add(payslip(calculation, employee.employeeId(), employee.employeeNumber(),
                    employee.department(), lines));
        }
        if (paidBefore != null) {
            // Paid before but not employed any more in the month (say a hire that was cancelled): claw it all back.
            paidBefore.forEach((employeeId, figures) -> {
                List<PayslipLine> clawBack = Corrections.difference(List.of(), figures, policy);
                if (!clawBack.isEmpty()) {
                    totals.add(payslip(calculation, employeeId, null, null, clawBack));
                }
            });
        }
        apply(new PayrollRunCalculatedEvent(runId, calculation, user, totals.payslips, totals.money(totals.gross),
                totals.money(totals.deductions), totals.money(totals.net), totals.money(totals.employer),
                totals.money(totals.incomeTax), totals.money(totals.social)));
    }

    @CommandHandler
    void handle(SubmitPayrollRunForReviewCommand command) {
        requireStatus("submit", Status.CALCULATED);
        apply(new PayrollRunSubmittedForReviewEvent(runId));
    }

    @CommandHandler
    void handle(ApprovePayrollRunCommand command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireStatus("approve", Status.IN_REVIEW);
        if (user == null || user.equals(calculatedBy)) {
            throw new DomainException(CommonErrors.FOUR_EYES_REQUIRED,
                    "A payroll run must be approved by someone other than who calculated it (" + calculatedBy + ")");
        }
        apply(new PayrollRunApprovedEvent(runId, user, blankToNull(command.comment())));
    }

    @CommandHandler
    void handle(RejectPayrollRunCommand command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireStatus("reject", Status.IN_REVIEW);
        require(notBlank(command.reason()), "reason is required: say what is to be corrected");
        if (user == null || user.equals(calculatedBy)) {
            throw new DomainException(CommonErrors.FOUR_EYES_REQUIRED, "A payroll run is sent back by its reviewer, "
                    + "not by whoever calculated it (" + calculatedBy + "), who may calculate it again instead");
        }
        apply(new PayrollRunRejectedEvent(runId, user, command.reason().strip()));
    }

    @CommandHandler
    void handle(PayPayrollRunCommand command) {
        requireStatus("pay", Status.APPROVED);
        require(command.paymentDate() != null, "paymentDate is required");
        apply(new PayrollRunPaidEvent(runId, command.paymentDate()));
    }

    @CommandHandler
    void handle(ClosePayrollRunCommand command) {
        requireStatus("close", Status.PAID);
        apply(new PayrollRunClosedEvent(runId));
    }

    private PayslipCalculatedEvent payslip(int calculation, EmployeeId employeeId, String employeeNumber,
                                           String department, List<PayslipLine> lines) {
        String currency = lines.get(0).amount().currency(); // never empty: every slip has its contributions
        BigDecimal gross = PayrollCalculator.sum(lines, LineKind.EARNING);
        BigDecimal deductions = PayrollCalculator.sum(lines, LineKind.DEDUCTION);
        BigDecimal employer = PayrollCalculator.sum(lines, LineKind.EMPLOYER_CONTRIBUTION);
        PayslipCalculatedEvent event = new PayslipCalculatedEvent(runId, payslipId(employeeId), calculation,
                employeeId, employeeNumber, department, period, lines, new Money(gross, currency),
                new Money(deductions, currency), new Money(gross.subtract(deductions), currency),
                new Money(employer, currency), correctsRunId == null ? null
                        : new PayslipId(payslipIdOf(correctsRunId, employeeId)));
        apply(event);
        return event;
    }

    /** Stable per run and employee, so a recalculation updates the same payslip. */
    private PayslipId payslipId(EmployeeId employeeId) {
        return new PayslipId(payslipIdOf(runId, employeeId));
    }

    static String payslipIdOf(PayrollRunId runId, EmployeeId employeeId) {
        return UUID.nameUUIDFromBytes((runId + "/" + employeeId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @EventSourcingHandler
    void on(PayrollRunOpenedEvent event) {
        runId = event.runId();
        policyId = event.policyId();
        period = event.period();
        correctsRunId = event.correctsRunId();
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(OneOffPaymentAddedEvent event, EventMessage<?> message) {
        inputIds.add(event.inputId());
        oneOffs.add(new PayInputs.OneOff(event.inputId(), event.employeeId(), event.kind(), event.amount(),
                message.getIdentifier()));
        status = Status.OPEN; // inputs changed: calculate again before review
    }

    @EventSourcingHandler
    void on(ApprovedHoursRecordedEvent event, EventMessage<?> message) {
        inputIds.add(event.inputId());
        hours.add(new HoursInput(event.employeeId(), new PayInputs.Hours(event.inputId(), event.overtimeHours(),
                event.nightHours(), event.holidayHours(), event.source(), message.getIdentifier())));
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(PayrollRunCalculatedEvent event) {
        calculations = event.calculation();
        calculatedBy = event.calculatedBy();
        status = Status.CALCULATED;
    }

    @EventSourcingHandler
    void on(PayrollRunSubmittedForReviewEvent event) {
        status = Status.IN_REVIEW;
    }

    @EventSourcingHandler
    void on(PayrollRunRejectedEvent event) {
        status = Status.CALCULATED;
    }

    @EventSourcingHandler
    void on(PayrollRunApprovedEvent event) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(PayrollRunPaidEvent event) {
        status = Status.PAID;
    }

    @EventSourcingHandler
    void on(PayrollRunClosedEvent event) {
        status = Status.CLOSED;
    }

    private List<PayInputs.OneOff> oneOffsOf(EmployeeId employeeId) {
        return oneOffs.stream().filter(o -> o.employeeId().equals(employeeId)).toList();
    }

    private List<PayInputs.Hours> hoursOf(EmployeeId employeeId) {
        return hours.stream().filter(h -> h.employeeId().equals(employeeId)).map(HoursInput::hours).toList();
    }

    private void requireStatus(String action, Status... allowed) {
        for (Status candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException(PayrollErrors.PAYROLL_RUN_STATUS_CONFLICT,
                "Cannot " + action + " payroll run " + runId + " while it is " + status);
    }

    private static BigDecimal hours(BigDecimal value, String what) {
        BigDecimal hours = value == null ? BigDecimal.ZERO : value;
        require(hours.signum() >= 0 && hours.compareTo(new BigDecimal("744")) <= 0 && hours.scale() <= 2,
                what + " must be between 0 and 744 with at most 2 decimals");
        return hours;
    }


    /** Approved hours of one employee. */
    record HoursInput(EmployeeId employeeId, PayInputs.Hours hours) {
    }

    /** Run totals: sums of the payslips' own totals, so they reconcile with them to the cent. */
    private static final class Totals {
        private final String currency;
        private int payslips;
        private BigDecimal gross = BigDecimal.ZERO;
        private BigDecimal deductions = BigDecimal.ZERO;
        private BigDecimal net = BigDecimal.ZERO;
        private BigDecimal employer = BigDecimal.ZERO;
        private BigDecimal incomeTax = BigDecimal.ZERO;
        private BigDecimal social = BigDecimal.ZERO;

        Totals(String currency) {
            this.currency = currency;
        }

        void add(PayslipCalculatedEvent slip) {
            payslips++;
            gross = gross.add(slip.gross().amount());
            deductions = deductions.add(slip.deductions().amount());
            net = net.add(slip.net().amount());
            employer = employer.add(slip.employerContributions().amount());
            for (PayslipLine line : slip.lines()) {
                if (line.component().equals("INCOME_TAX")) {
                    incomeTax = incomeTax.add(line.amount().amount());
                } else if (line.component().equals("SOCIAL_CONTRIBUTION")) {
                    social = social.add(line.amount().amount());
                }
            }
        }

        Money money(BigDecimal amount) {
            return Money.rounded(amount, currency);
        }
    }
}
