package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/** A document of {@code workforce_employee_shifts_schedules}: what the employee shifts copy from a schedule. */
public record EmployeeShiftsScheduleDocument(
        @Id String id,
        @Meaning("where the schedule's shifts are worked") String location,
        @Meaning("the time zone of the location") String timeZone) {
}
