package dev.urakata.command.workforce;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.CommonErrors;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.AddEmployeeToShiftRosterCommand;
import dev.urakata.shared.workforce.AttendanceStatus;
import dev.urakata.shared.workforce.CancelShiftAttendanceCommand;
import dev.urakata.shared.workforce.ClockInCommand;
import dev.urakata.shared.workforce.ClockOutCommand;
import dev.urakata.shared.workforce.EmployeeAddedToShiftRosterEvent;
import dev.urakata.shared.workforce.EmployeeClockedInEvent;
import dev.urakata.shared.workforce.EmployeeClockedOutEvent;
import dev.urakata.shared.workforce.EmployeeRemovedFromShiftRosterEvent;
import dev.urakata.shared.workforce.OpenShiftAttendanceCommand;
import dev.urakata.shared.workforce.RemoveEmployeeFromShiftRosterCommand;
import dev.urakata.shared.workforce.ShiftAttendanceCancelledEvent;
import dev.urakata.shared.workforce.ShiftAttendanceCompletedEvent;
import dev.urakata.shared.workforce.ShiftAttendanceOpenedEvent;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.ShiftMissedEvent;
import dev.urakata.shared.workforce.WorkforceErrors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who clocked in and out on one published shift. Opened when the shift is published, its roster follows later
 * assignments; it goes planned → active (first clock-in) → completed (the last employee on the clock clocked out),
 * or missed (nobody clocked in by start + grace, decided by a deadline), or cancelled.
 *
 * <p>Each roster member clocks in and out at most once. Once the shift is completed it takes no further clock-in:
 * a roster member who had not come by then is recorded as absent. A cancellation stops clock-ins, but whoever is
 * already on the clock may still clock out, so the time they worked is kept.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
@SnapshotFields
class ShiftAttendance {

    /** The deadline that decides whether a shift was missed. */
    static final String MISSED_DEADLINE = "shift-attendance-missed";

    @AggregateIdentifier
    private ShiftId shiftId;
    private Instant startsAt;
    private Instant endsAt;
    private Instant missedAfter;
    private AttendanceStatus status;
    private Set<EmployeeId> roster = new LinkedHashSet<>();
    private Set<EmployeeId> clockedIn = new HashSet<>();
    private Set<EmployeeId> clockedOut = new HashSet<>();
    /** Clock-in times, kept to refuse a clock-out before its clock-in (a list: snapshots need no map keys). */
    private List<ClockIn> clockIns = new ArrayList<>();

    ShiftAttendance() {
        // for Axon and for snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenShiftAttendanceCommand command, DeadlineManager deadlines) {
        if (shiftId != null) {
            return; // already open: a redelivered publication
        }
        require(command.shiftId() != null && command.scheduleId() != null, "shiftId and scheduleId are required");
        require(command.start() != null && command.end() != null && command.end().isAfter(command.start()),
                "the shift must end after it starts");
        require(command.graceMinutes() >= 0, "graceMinutes must not be negative");
        ZoneId zone = zone(command.timeZone());
        Instant start = instant(command.start(), zone);
        Instant end = instant(command.end(), zone);
        Instant missed = start.plus(Duration.ofMinutes(command.graceMinutes()));
        apply(new ShiftAttendanceOpenedEvent(command.shiftId(), command.scheduleId(), command.timeZone(),
                command.start(), command.end(), start, end, missed, command.roster()));
        deadlines.schedule(missed, MISSED_DEADLINE);
    }

    @CommandHandler
    void handle(AddEmployeeToShiftRosterCommand command) {
        if (status == AttendanceStatus.PLANNED || status == AttendanceStatus.ACTIVE) {
            if (!roster.contains(command.employeeId())) {
                apply(new EmployeeAddedToShiftRosterEvent(shiftId, command.employeeId()));
            }
        }
        // A roster change on a shift that is over, missed or cancelled has nothing left to change.
    }

    @CommandHandler
    void handle(RemoveEmployeeFromShiftRosterCommand command) {
        if (roster.contains(command.employeeId())) {
            apply(new EmployeeRemovedFromShiftRosterEvent(shiftId, command.employeeId()));
        }
    }

    @CommandHandler
    void handle(CancelShiftAttendanceCommand command, DeadlineManager deadlines) {
        if (status == AttendanceStatus.CANCELLED) {
            return;
        }
        apply(new ShiftAttendanceCancelledEvent(shiftId, command.reason()));
        // By name within this aggregate's scope: a deadline id kept in a field would not survive event sourcing.
        deadlines.cancelAllWithinScope(MISSED_DEADLINE);
    }

    @CommandHandler
    void handle(ClockInCommand command) {
        require(command.employeeId() != null && command.clockedAt() != null, "employeeId and clockedAt are required");
        if (clockedIn.contains(command.employeeId())) {
            throw new DomainException(WorkforceErrors.ALREADY_CLOCKED_IN,
                    "Employee " + command.employeeId() + " has already clocked in on shift " + shiftId);
        }
        if (status != AttendanceStatus.PLANNED && status != AttendanceStatus.ACTIVE) {
            throw new DomainException(WorkforceErrors.SHIFT_CLOSED_FOR_CLOCKING,
                    "Shift " + shiftId + " is " + status.name().toLowerCase() + " and takes no clock-in");
        }
        if (!roster.contains(command.employeeId())) {
            throw new DomainException(WorkforceErrors.NOT_ON_SHIFT_ROSTER,
                    "Employee " + command.employeeId() + " is not on the roster of shift " + shiftId);
        }
        if (!command.clockedAt().isBefore(endsAt)) {
            throw new DomainException(WorkforceErrors.CLOCK_TIME_OUT_OF_RANGE,
                    "Shift " + shiftId + " ended at " + endsAt + "; a clock-in must be before its end");
        }
        apply(new EmployeeClockedInEvent(shiftId, command.employeeId(), command.clockedAt(),
                minutesBetween(startsAt, command.clockedAt()), command.recordedBy(), command.note()));
    }

    @CommandHandler
    void handle(ClockOutCommand command) {
        require(command.employeeId() != null && command.clockedAt() != null, "employeeId and clockedAt are required");
        if (clockedOut.contains(command.employeeId())) {
            throw new DomainException(WorkforceErrors.ALREADY_CLOCKED_OUT,
                    "Employee " + command.employeeId() + " has already clocked out of shift " + shiftId);
        }
        if (!clockedIn.contains(command.employeeId())) {
            if (status == AttendanceStatus.MISSED || status == AttendanceStatus.CANCELLED) {
                throw new DomainException(WorkforceErrors.SHIFT_CLOSED_FOR_CLOCKING,
                        "Shift " + shiftId + " is " + status.name().toLowerCase() + " and takes no clocking");
            }
            throw new DomainException(WorkforceErrors.NOT_CLOCKED_IN,
                    "Employee " + command.employeeId() + " has not clocked in on shift " + shiftId);
        }
        if (command.clockedAt().isBefore(clockInOf(command.employeeId()))) {
            throw new DomainException(WorkforceErrors.CLOCK_TIME_OUT_OF_RANGE,
                    "A clock-out cannot be before the clock-in");
        }
        apply(new EmployeeClockedOutEvent(shiftId, command.employeeId(), command.clockedAt(),
                minutesBetween(command.clockedAt(), endsAt), command.recordedBy(), command.note()));
        if (clockedOut.containsAll(clockedIn) && status == AttendanceStatus.ACTIVE) {
            List<EmployeeId> absent = new ArrayList<>(roster);
            absent.removeAll(clockedIn);
            apply(new ShiftAttendanceCompletedEvent(shiftId, absent));
        }
    }

    @DeadlineHandler(deadlineName = MISSED_DEADLINE)
    void onMissedDeadline() {
        // Somebody clocked in (or the shift was cancelled) before the grace period ran out: nothing was missed.
        if (status == AttendanceStatus.PLANNED) {
            apply(new ShiftMissedEvent(shiftId, missedAfter, List.copyOf(roster)));
        }
    }

    @EventSourcingHandler
    void on(ShiftAttendanceOpenedEvent event) {
        shiftId = event.shiftId();
        startsAt = event.startsAt();
        endsAt = event.endsAt();
        missedAfter = event.missedAfter();
        roster.addAll(event.roster());
        status = AttendanceStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(EmployeeAddedToShiftRosterEvent event) {
        roster.add(event.employeeId());
    }

    @EventSourcingHandler
    void on(EmployeeRemovedFromShiftRosterEvent event) {
        roster.remove(event.employeeId());
    }

    @EventSourcingHandler
    void on(ShiftAttendanceCancelledEvent event) {
        status = AttendanceStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(EmployeeClockedInEvent event) {
        clockedIn.add(event.employeeId());
        clockIns.add(new ClockIn(event.employeeId(), event.clockedInAt()));
        if (status == AttendanceStatus.PLANNED) {
            status = AttendanceStatus.ACTIVE;
        }
    }

    @EventSourcingHandler
    void on(EmployeeClockedOutEvent event) {
        clockedOut.add(event.employeeId());
    }

    @EventSourcingHandler
    void on(ShiftAttendanceCompletedEvent event) {
        status = AttendanceStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ShiftMissedEvent event) {
        status = AttendanceStatus.MISSED;
    }

    record ClockIn(EmployeeId employeeId, Instant at) {
    }

    private Instant clockInOf(EmployeeId employeeId) {
        return clockIns.stream().filter(c -> c.employeeId().equals(employeeId)).findFirst().orElseThrow().at();
    }

    /** Whole minutes from {@code from} to {@code to}, 0 if {@code to} is not after {@code from}. */
    static int minutesBetween(Instant from, Instant to) {
        return to.isAfter(from) ? (int) Duration.between(from, to).toMinutes() : 0;
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new DomainException(CommonErrors.INVALID_INPUT, "timeZone must be an IANA time zone id");
        }
    }

    /** A local time in a gap (spring forward) moves forward by the gap; in an overlap the earlier offset counts. */
    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }
}
