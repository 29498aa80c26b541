package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.ShiftId;
import org.springframework.data.annotation.Id;

import java.time.LocalDateTime;

/**
 * A document of {@code workforce_violations_assignments}: a live assignment of an employee to a shift, keyed
 * employee:shift, kept to re-judge the plan when a rule changes. Start and end are wall-clock times in the shift's
 * time zone, stored as ISO text ({@code 2026-04-06T09:00}), which has no type of its own in the storage rule.
 */
public record ViolationsAssignmentDocument(
        @Id String id,
        @Meaning("the employee") String employeeId,
        @Meaning("the schedule the shift belongs to") String scheduleId,
        @Meaning("the shift") String shiftId,
        @Meaning("when the shift starts, local time (ISO text)") String start,
        @Meaning("when the shift ends, local time (ISO text)") String end,
        @Meaning("the time zone of the shift's location") String timeZone,
        @Meaning("whether overtime on this shift was approved") boolean overtimeApproved) {

    /** The assignment as the labour rules judge it. */
    PlannedShift planned() {
        return new PlannedShift(new ShiftId(shiftId), LocalDateTime.parse(start), LocalDateTime.parse(end), timeZone,
                overtimeApproved);
    }
}
