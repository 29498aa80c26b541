package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/**
 * A document of {@code workforce_attendance_shifts}: what the attendance entries copy from a shift, keyed by shift
 * id. Its start and end are wall-clock times in the shift's time zone, stored as ISO text ({@code 2026-04-06T09:00}),
 * which has no type of its own in the storage rule.
 */
public record AttendanceShiftDocument(
        @Id String id,
        @Meaning("the schedule the shift belongs to") String scheduleId,
        @Meaning("the time zone of the shift's location") String timeZone,
        @Meaning("when the shift starts, local time (ISO text)") String start,
        @Meaning("when the shift ends, local time (ISO text)") String end,
        @Meaning("PLANNED, ACTIVE, COMPLETED, MISSED or CANCELLED") String status) {
}
