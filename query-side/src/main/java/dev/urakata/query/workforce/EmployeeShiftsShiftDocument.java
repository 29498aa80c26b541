package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/** A document of {@code workforce_employee_shifts_shifts}: what the employee shifts copy from a shift. */
public record EmployeeShiftsShiftDocument(
        @Id String id,
        @Meaning("the schedule the shift belongs to") String scheduleId,
        @Meaning(value = "where the shift is worked", optional = true) String location,
        @Meaning(value = "the time zone of the location", optional = true) String timeZone,
        @Meaning("the position to fill") String position,
        @Meaning("PLANNED, PUBLISHED or CANCELLED") String status) {
}
