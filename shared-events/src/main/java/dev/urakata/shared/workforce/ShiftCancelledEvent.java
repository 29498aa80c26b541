package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

/**
 * A shift was cancelled; nobody works it, nobody can clock in on it.
 *
 * @param scheduleId the schedule
 * @param shiftId    the shift
 * @param reason     why
 */
@Revision("1")
public record ShiftCancelledEvent(ScheduleId scheduleId, ShiftId shiftId, String reason) {
}
