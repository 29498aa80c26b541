package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of {@code workforce_attendance}: one employee on one shift's roster, keyed shift:employee. Start and
 * end are the shift's wall-clock times as {@link AttendanceShiftDocument} keeps them.
 */
public record AttendanceDocument(
        @Id String id,
        @Meaning("the shift") String shiftId,
        @Meaning("the employee") String employeeId,
        @Meaning("the schedule the shift belongs to") String scheduleId,
        @Meaning("the time zone of the shift's location") String timeZone,
        @Meaning("when the shift starts, local time (ISO text)") String start,
        @Meaning("when the shift ends, local time (ISO text)") String end,
        @Meaning("the day the shift starts, local time") LocalDate startDay,
        @Meaning("the shift's status: PLANNED, ACTIVE, COMPLETED, MISSED or CANCELLED") String shiftStatus,
        @Meaning("whether the employee is still on the shift's roster") boolean onRoster,
        @Meaning(value = "when the employee clocked in", optional = true) Instant clockedInAt,
        @Meaning(value = "minutes late at clock-in", optional = true) Integer lateMinutes,
        @Meaning(value = "when the employee clocked out", optional = true) Instant clockedOutAt,
        @Meaning(value = "minutes left early at clock-out", optional = true) Integer earlyDepartureMinutes) {
}
