package dev.urakata.command.workforce;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.ApproveTimesheetCommand;
import dev.urakata.shared.workforce.RejectTimesheetCommand;
import dev.urakata.shared.workforce.SubmitTimesheetCommand;
import dev.urakata.shared.workforce.TimesheetApprovedEvent;
import dev.urakata.shared.workforce.TimesheetHours;
import dev.urakata.shared.workforce.TimesheetId;
import dev.urakata.shared.workforce.TimesheetRejectedEvent;
import dev.urakata.shared.workforce.TimesheetStatus;
import dev.urakata.shared.workforce.TimesheetSubmittedEvent;
import dev.urakata.shared.workforce.WorkedShift;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One employee's timesheet for one calendar month: submitted (computed from attendance), then approved or
 * rejected by a manager who is not the employee. A rejected timesheet may be submitted again, recomputed from the
 * attendance seen by then; an approved one is final.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class Timesheet {

    @AggregateIdentifier
    private TimesheetId timesheetId;
    private EmployeeId employeeId;
    private String employeeNumber;
    private YearMonth period;
    private TimesheetStatus status;
    private TimesheetHours hours;
    private List<String> clockEventIds = new ArrayList<>();

    Timesheet() {
        // for Axon and for snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SubmitTimesheetCommand command, WorkedShifts workedShifts, WorkforceTimeSettings settings) {
        require(command.timesheetId() != null && command.employeeId() != null && command.period() != null,
                "timesheetId, employeeId and period are required");
        require(command.timesheetId().equals(TimesheetId.of(command.employeeId(), command.period())),
                "the timesheet id must be the employee's timesheet for the period");
        if (status == TimesheetStatus.SUBMITTED || status == TimesheetStatus.APPROVED) {
            throw new DomainException(WorkforceErrors.TIMESHEET_STATUS_CONFLICT,
                    "Timesheet " + command.timesheetId() + " is already " + status.name().toLowerCase());
        }
        List<WorkedShift> shifts = TimesheetCalculator.chronological(
                workedShifts.of(command.employeeId(), command.period()));
        if (shifts.isEmpty()) {
            throw new DomainException(WorkforceErrors.TIMESHEET_EMPTY, "Employee " + command.employeeId()
                    + " has no completed shift in " + command.period());
        }
        apply(new TimesheetSubmittedEvent(command.timesheetId(), command.employeeId(), command.employeeNumber(),
                command.period(), shifts, TimesheetCalculator.calculate(shifts, settings.holidays()),
                command.submittedBy()));
    }

    @CommandHandler
    void handle(ApproveTimesheetCommand command) {
        requireSubmitted("approved");
        requireNotOwn(command.approverEmployeeNumber());
        apply(new TimesheetApprovedEvent(timesheetId, employeeId, period, hours, clockEventIds,
                command.approvedBy()));
    }

    @CommandHandler
    void handle(RejectTimesheetCommand command) {
        requireSubmitted("rejected");
        requireNotOwn(command.approverEmployeeNumber());
        require(command.reason() != null && !command.reason().isBlank(), "reason is required");
        apply(new TimesheetRejectedEvent(timesheetId, employeeId, period, command.rejectedBy(),
                command.reason().trim()));
    }

    @EventSourcingHandler
    void on(TimesheetSubmittedEvent event) {
        timesheetId = event.timesheetId();
        employeeId = event.employeeId();
        employeeNumber = event.employeeNumber();
        period = event.period();
        hours = event.hours();
        clockEventIds = new ArrayList<>();
        for (WorkedShift shift : event.shifts()) {
            clockEventIds.add(shift.clockInEventId());
            clockEventIds.add(shift.clockOutEventId());
        }
        status = TimesheetStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(TimesheetApprovedEvent event) {
        status = TimesheetStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(TimesheetRejectedEvent event) {
        status = TimesheetStatus.REJECTED;
    }

    private void requireSubmitted(String what) {
        if (status != TimesheetStatus.SUBMITTED) {
            throw new DomainException(WorkforceErrors.TIMESHEET_STATUS_CONFLICT,
                    "Timesheet " + timesheetId + " is " + status.name().toLowerCase() + " and cannot be " + what);
        }
    }

    private void requireNotOwn(String approverEmployeeNumber) {
        if (employeeNumber != null && employeeNumber.equals(approverEmployeeNumber)) {
            throw new DomainException(CommonErrors.FOUR_EYES_REQUIRED,
                    "A timesheet is approved or rejected by a manager other than the employee");
        }
    }
}
