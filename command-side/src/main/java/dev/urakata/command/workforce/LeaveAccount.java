package dev.urakata.command.workforce;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ApproveLeaveCommand;
import dev.urakata.shared.workforce.CloseLeaveAccountCommand;
import dev.urakata.shared.workforce.LeaveAccountClosedEvent;
import dev.urakata.shared.workforce.LeaveAccountId;
import dev.urakata.shared.workforce.LeaveAccountOpenedEvent;
import dev.urakata.shared.workforce.LeaveApprovedEvent;
import dev.urakata.shared.workforce.LeaveRejectedEvent;
import dev.urakata.shared.workforce.LeaveRequestId;
import dev.urakata.shared.workforce.LeaveRequestStatus;
import dev.urakata.shared.workforce.LeaveRequestedEvent;
import dev.urakata.shared.workforce.LeaveType;
import dev.urakata.shared.workforce.OpenLeaveAccountCommand;
import dev.urakata.shared.workforce.RejectLeaveCommand;
import dev.urakata.shared.workforce.RequestLeaveCommand;
import dev.urakata.shared.workforce.VacationAccruedEvent;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One employee's leave: the vacation balance, accrued monthly by a deadline, and the leave requests decided
 * against it.
 *
 * <p>Accrual: the yearly quota is credited one twelfth a month, at midnight on the first of the following month
 * (in {@code urakata.workforce.leave-time-zone}), for every month from the hire month up to the month of the last
 * day of employment. The n-th accrual is {@code round(quota × n / 12) − round(quota × (n − 1) / 12)}, each rounded
 * half up to two decimals, so every month is exact to the hundredth and every twelve months add up to exactly the
 * quota (20 days: 1.67, 1.66, 1.67, 1.67, 1.66, ...). The hire month accrues in full, whatever the hire day. A
 * hire recorded months after its hire date opens with the completed months credited in one go (the same formula),
 * so bulk-recorded staff do not set off one deadline and one event per past month.
 *
 * <p>Requests count working days (Monday to Friday, except public holidays). Only vacation is deducted, on
 * approval. A vacation request for more than the balance is refused, or accepted and flagged, by
 * {@code urakata.workforce.leave-over-balance}; the balance is checked again on approval. Requests may not overlap
 * another requested or approved one, and are approved or rejected by someone other than the employee.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class LeaveAccount {

    /** The deadline of the next monthly accrual. */
    static final String ACCRUAL_DEADLINE = "leave-account-monthly-accrual";
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    @AggregateIdentifier
    private LeaveAccountId accountId;
    private EmployeeId employeeId;
    private String employeeNumber;
    private LocalDate hireDate;
    private BigDecimal annualDays;
    private int accruals;
    private BigDecimal balance = BigDecimal.ZERO.setScale(2);
    private LocalDate lastDay;
    private List<Request> requests = new ArrayList<>();

    LeaveAccount() {
        // for Axon and for snapshots
    }

    /** What the account remembers of a request. */
    record Request(LeaveRequestId requestId, LeaveType type, LocalDate firstDay, LocalDate lastDay,
                   BigDecimal workingDays, LeaveRequestStatus status) {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenLeaveAccountCommand command, DeadlineManager deadlines, WorkforceTimeSettings settings) {
        if (accountId != null) {
            return; // already open: a redelivered hire
        }
        require(command.accountId() != null && command.employeeId() != null && command.hireDate() != null,
                "accountId, employeeId and hireDate are required");
        require(command.annualVacationDays() != null && command.annualVacationDays().signum() >= 0,
                "annualVacationDays must not be negative");
        YearMonth hireMonth = YearMonth.from(command.hireDate());
        YearMonth recorded = command.hireRecordedAt() == null ? hireMonth
                : YearMonth.from(command.hireRecordedAt().atZone(settings.leaveTimeZone()));
        // Months that were over before the hire was recorded are credited now, in one event, not one by one.
        int backlog = recorded.isAfter(hireMonth) ? (int) hireMonth.until(recorded, ChronoUnit.MONTHS) : 0;
        YearMonth next = hireMonth.plusMonths(backlog);
        Instant due = dueAt(next, settings.leaveTimeZone());
        apply(new LeaveAccountOpenedEvent(command.accountId(), command.employeeId(), command.employeeNumber(),
                command.hireDate(), command.annualVacationDays(), backlog,
                cumulative(command.annualVacationDays(), backlog), due));
        deadlines.schedule(due, ACCRUAL_DEADLINE, next);
    }

    /** The payload is the month whose accrual falls due (the first parameter of a deadline handler is its payload). */
    @DeadlineHandler(deadlineName = ACCRUAL_DEADLINE)
    void onAccrualDue(YearMonth due, DeadlineManager deadlines, WorkforceTimeSettings settings) {
        YearMonth month = YearMonth.from(hireDate).plusMonths(accruals);
        if (!due.equals(month)) {
            return; // a deadline delivered twice: that month was credited already
        }
        if (lastDay != null && month.atDay(1).isAfter(lastDay)) {
            return; // the employment ended before this month: accrual stops, nothing is scheduled again
        }
        int n = accruals + 1;
        BigDecimal days = cumulative(annualDays, n).subtract(cumulative(annualDays, n - 1));
        apply(new VacationAccruedEvent(accountId, employeeId, month, days, balance.add(days)));
        deadlines.schedule(dueAt(month.plusMonths(1), settings.leaveTimeZone()), ACCRUAL_DEADLINE, month.plusMonths(1));
    }

    @CommandHandler
    void handle(CloseLeaveAccountCommand command, DeadlineManager deadlines) {
        if (lastDay != null) {
            return; // already closed: a redelivered termination
        }
        require(command.lastDay() != null, "lastDay is required");
        apply(new LeaveAccountClosedEvent(accountId, employeeId, command.lastDay(), balance));
        if (!YearMonth.from(command.lastDay()).isAfter(YearMonth.from(hireDate).plusMonths(accruals - 1L))) {
            // Every month up to the last day has been credited already: no accrual is due any more.
            deadlines.cancelAllWithinScope(ACCRUAL_DEADLINE);
        }
    }

    @CommandHandler
    void handle(RequestLeaveCommand command, WorkforceTimeSettings settings) {
        require(command.requestId() != null && command.type() != null, "requestId and type are required");
        require(command.firstDay() != null && command.lastDay() != null && !command.lastDay()
                .isBefore(command.firstDay()), "firstDay and lastDay are required, lastDay not before firstDay");
        require(!command.lastDay().isAfter(command.firstDay().plusDays(366)), "a leave request spans at most a year");
        if (requests.stream().anyMatch(r -> r.requestId().equals(command.requestId()))) {
            throw new DomainException(CommonErrors.ALREADY_EXISTS, "Leave request " + command.requestId() + " exists");
        }
        if (command.firstDay().isBefore(hireDate)) {
            throw new DomainException(CommonErrors.BUSINESS_RULE_VIOLATED,
                    "Leave cannot start before the hire date " + hireDate);
        }
        if (lastDay != null && command.lastDay().isAfter(lastDay)) {
            throw new DomainException(WorkforceErrors.LEAVE_ACCOUNT_CLOSED,
                    "The employment ends on " + lastDay + "; no leave can be taken after it");
        }
        requests.stream().filter(r -> r.status() != LeaveRequestStatus.REJECTED)
                .filter(r -> !r.firstDay().isAfter(command.lastDay()) && !r.lastDay().isBefore(command.firstDay()))
                .findFirst().ifPresent(r -> {
                    throw new DomainException(WorkforceErrors.LEAVE_OVERLAP, "Leave request " + r.requestId()
                            + " (" + r.firstDay() + " to " + r.lastDay() + ") overlaps these days");
                });
        BigDecimal workingDays = workingDays(command.firstDay(), command.lastDay(), settings.holidays());
        boolean overBalance = overBalance(command.type(), workingDays, settings);
        apply(new LeaveRequestedEvent(employeeId, accountId, command.requestId(), command.type(), command.firstDay(),
                command.lastDay(), workingDays, overBalance, command.requestedBy(), command.note()));
    }

    @CommandHandler
    void handle(ApproveLeaveCommand command, WorkforceTimeSettings settings) {
        Request request = pending(command.requestId(), command.approverEmployeeNumber(), "approved");
        boolean overBalance = overBalance(request.type(), request.workingDays(), settings);
        BigDecimal deducted = request.type() == LeaveType.VACATION ? request.workingDays() : BigDecimal.ZERO;
        apply(new LeaveApprovedEvent(accountId, employeeId, request.requestId(), request.type(), request.firstDay(),
                request.lastDay(), deducted, balance.subtract(deducted), overBalance, command.approvedBy()));
    }

    @CommandHandler
    void handle(RejectLeaveCommand command) {
        Request request = pending(command.requestId(), command.approverEmployeeNumber(), "rejected");
        require(command.reason() != null && !command.reason().isBlank(), "reason is required");
        apply(new LeaveRejectedEvent(accountId, employeeId, request.requestId(), command.rejectedBy(),
                command.reason().trim()));
    }

    @EventSourcingHandler
    void on(LeaveAccountOpenedEvent event) {
        accountId = event.accountId();
        employeeId = event.employeeId();
        employeeNumber = event.employeeNumber();
        hireDate = event.hireDate();
        annualDays = event.annualVacationDays();
        accruals = event.monthsCredited();
        balance = event.openingBalance();
    }

    @EventSourcingHandler
    void on(VacationAccruedEvent event) {
        accruals++;
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(LeaveAccountClosedEvent event) {
        lastDay = event.lastDay();
    }

    @EventSourcingHandler
    void on(LeaveRequestedEvent event) {
        requests.add(new Request(event.requestId(), event.type(), event.firstDay(), event.lastDay(),
                event.workingDays(), LeaveRequestStatus.REQUESTED));
    }

    @EventSourcingHandler
    void on(LeaveApprovedEvent event) {
        decide(event.requestId(), LeaveRequestStatus.APPROVED);
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(LeaveRejectedEvent event) {
        decide(event.requestId(), LeaveRequestStatus.REJECTED);
    }

    private void decide(LeaveRequestId requestId, LeaveRequestStatus status) {
        requests.replaceAll(r -> r.requestId().equals(requestId)
                ? new Request(r.requestId(), r.type(), r.firstDay(), r.lastDay(), r.workingDays(), status) : r);
    }

    private Request pending(LeaveRequestId requestId, String approverEmployeeNumber, String what) {
        Request request = requests.stream().filter(r -> r.requestId().equals(requestId)).findFirst()
                .orElseThrow(() -> new DomainException(WorkforceErrors.UNKNOWN_LEAVE_REQUEST,
                        "No leave request " + requestId + " in account " + accountId));
        if (request.status() != LeaveRequestStatus.REQUESTED) {
            throw new DomainException(WorkforceErrors.LEAVE_REQUEST_STATUS_CONFLICT, "Leave request " + requestId
                    + " is already " + request.status().name().toLowerCase() + " and cannot be " + what);
        }
        if (employeeNumber != null && employeeNumber.equals(approverEmployeeNumber)) {
            throw new DomainException(CommonErrors.FOUR_EYES_REQUIRED,
                    "Leave is approved or rejected by someone other than the employee");
        }
        return request;
    }

    /** Whether this would take the balance below zero; refused outright when the policy says REFUSE. */
    private boolean overBalance(LeaveType type, BigDecimal workingDays, WorkforceTimeSettings settings) {
        if (type != LeaveType.VACATION || workingDays.compareTo(balance) <= 0) {
            return false;
        }
        if (settings.leaveOverBalance() == WorkforceTimeSettings.OverBalance.REFUSE) {
            throw new DomainException(WorkforceErrors.LEAVE_OVER_BALANCE, "The vacation balance is " + balance
                    + " days; " + workingDays + " working days were asked for");
        }
        return true;
    }

    /** Quota × n / 12, half up to two decimals: what the first n accruals add up to. */
    static BigDecimal cumulative(BigDecimal annualDays, int n) {
        return annualDays.multiply(BigDecimal.valueOf(n)).divide(MONTHS, 2, RoundingMode.HALF_UP);
    }

    /** Midnight on the first day after {@code month}: when that month's accrual falls due. */
    static Instant dueAt(YearMonth month, ZoneId zone) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Monday to Friday, except public holidays, from {@code first} to {@code last} inclusive. */
    static BigDecimal workingDays(LocalDate first, LocalDate last, Set<LocalDate> holidays) {
        long days = first.datesUntil(last.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(d -> !holidays.contains(d))
                .count();
        return BigDecimal.valueOf(days).setScale(2);
    }
}
