package dev.urakata.query.workforce;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.TimesheetHours;
import dev.urakata.shared.workforce.WorkedShift;
import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A document of {@code workforce_timesheets}: one employee's timesheet for one month, keyed by timesheet id. */
public record TimesheetDocument(
        @Id String id,
        @Meaning("the employee") String employeeId,
        @Meaning("the month the timesheet covers") YearMonth period,
        @Meaning("SUBMITTED, APPROVED or REJECTED") String status,
        @Meaning("the hours worked, by kind") Hours hours,
        @Meaning("the shifts the hours come from, with their clock events") List<Shift> shifts,
        @Meaning(value = "who submitted the timesheet", hidden = true) String submittedBy,
        @Meaning(value = "who approved or rejected it", optional = true, hidden = true) String decidedBy,
        @Meaning(value = "why it was rejected (erased with the employee)", optional = true, hidden = true)
        String reason,
        @Meaning("the timesheet's last event applied (for idempotency)") long lastSequence) {

    /** The hours of a timesheet, each a decimal number of hours. */
    @Schema(name = "TimesheetHours")
    public record Hours(
            @Meaning("hours worked in all") BigDecimal worked,
            @Meaning("regular hours") BigDecimal regular,
            @Meaning("overtime hours") BigDecimal overtime,
            @Meaning("night hours") BigDecimal night,
            @Meaning("hours on holidays") BigDecimal holiday) {

        static Hours of(TimesheetHours hours) {
            return new Hours(hours.worked(), hours.regular(), hours.overtime(), hours.night(), hours.holiday());
        }

        TimesheetHours summary() {
            return new TimesheetHours(worked, regular, overtime, night, holiday);
        }
    }

    /** A shift a timesheet counts, with the clock events that bound it. */
    public record Shift(
            @Meaning("the shift") String shiftId,
            @Meaning("the time zone of the shift's location") String timeZone,
            @Meaning("the clock-in event") String clockInEventId,
            @Meaning("when the employee clocked in") Instant clockedInAt,
            @Meaning("the clock-out event") String clockOutEventId,
            @Meaning("when the employee clocked out") Instant clockedOutAt) {

        static Shift of(WorkedShift shift) {
            return new Shift(shift.shiftId().value(), shift.timeZone(), shift.clockInEventId(), shift.clockedInAt(),
                    shift.clockOutEventId(), shift.clockedOutAt());
        }

        WorkedShift worked() {
            return new WorkedShift(new ShiftId(shiftId), timeZone, clockInEventId, clockedInAt, clockOutEventId,
                    clockedOutAt);
        }
    }
}
