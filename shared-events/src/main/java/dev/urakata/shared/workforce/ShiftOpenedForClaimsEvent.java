package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

/**
 * Employees may now claim the free places of a shift.
 *
 * @param scheduleId the schedule
 * @param shiftId    the shift
 * @param freePlaces how many places were free when it was opened
 */
@Revision("1")
public record ShiftOpenedForClaimsEvent(ScheduleId scheduleId, ShiftId shiftId, int freePlaces) {
}
