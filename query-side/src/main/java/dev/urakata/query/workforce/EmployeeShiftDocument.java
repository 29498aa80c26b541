package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/**
 * A document of {@code workforce_employee_shifts}: one employee on one shift, keyed employee:shift. Start and end
 * are wall-clock times in the shift's time zone, stored as ISO text ({@code 2026-04-06T09:00}), which has no type of
 * its own in the storage rule.
 */
public record EmployeeShiftDocument(
        @Id String id,
        @Meaning("the employee") String employeeId,
        @Meaning("the schedule the shift belongs to") String scheduleId,
        @Meaning("the shift") String shiftId,
        @Meaning(value = "where the shift is worked", optional = true) String location,
        @Meaning(value = "the position the employee fills", optional = true) String position,
        @Meaning(value = "the time zone of the location", optional = true) String timeZone,
        @Meaning("when the shift starts, local time (ISO text)") String start,
        @Meaning("when the shift ends, local time (ISO text)") String end,
        @Meaning("the day the shift starts, local time") LocalDate day,
        @Meaning("how the employee came to be on the shift: PLANNED, CLAIMED or SWAP") String source,
        @Meaning("whether overtime on this shift was approved") boolean overtimeApproved,
        @Meaning("the shift's status: PLANNED, PUBLISHED or CANCELLED") String status) {
}
