package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Attendance is now tracked for a published shift.
 *
 * @param shiftId      the shift
 * @param scheduleId   its schedule
 * @param timeZone     the schedule's time zone (IANA id)
 * @param start        local start
 * @param end          local end
 * @param startsAt     the start as an instant
 * @param endsAt       the end as an instant
 * @param missedAfter  the instant after which the shift counts as missed if nobody has clocked in (start + grace)
 * @param roster       the employees expected to work it
 */
@Revision("1")
public record ShiftAttendanceOpenedEvent(ShiftId shiftId, ScheduleId scheduleId, String timeZone,
                                         LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt,
                                         Instant missedAfter, List<EmployeeId> roster) {
    public ShiftAttendanceOpenedEvent {
        roster = List.copyOf(roster);
    }
}
