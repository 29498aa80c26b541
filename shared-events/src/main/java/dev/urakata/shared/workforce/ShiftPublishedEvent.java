package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A shift became binding: its schedule was published, or it was added to a published schedule. From now on
 * attendance is tracked for it. Later changes to its roster are {@link EmployeeAssignedToShiftEvent} and
 * {@link EmployeeUnassignedFromShiftEvent}; a cancellation is {@link ShiftCancelledEvent}.
 *
 * @param scheduleId        the schedule
 * @param shiftId           the shift
 * @param location          where it is worked
 * @param timeZone          the schedule's time zone (an IANA zone id such as {@code Asia/Tokyo})
 * @param start             local start, in {@code timeZone}
 * @param end               local end, in {@code timeZone}; after {@code start}
 * @param position          the position worked
 * @param requiredHeadcount how many employees the shift needs
 * @param assigned          the employees assigned when it was published
 */
@Revision("1")
public record ShiftPublishedEvent(ScheduleId scheduleId, ShiftId shiftId, String location, String timeZone,
                                  LocalDateTime start, LocalDateTime end, String position, int requiredHeadcount,
                                  List<EmployeeId> assigned) {
    public ShiftPublishedEvent {
        assigned = List.copyOf(assigned);
    }
}
