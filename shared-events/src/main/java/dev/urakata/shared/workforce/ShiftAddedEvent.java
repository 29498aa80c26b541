package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

import java.time.LocalDateTime;

/**
 * A shift was planned (not yet binding unless the schedule is published, see {@link ShiftPublishedEvent}).
 *
 * @param scheduleId        the schedule
 * @param shiftId           the shift
 * @param start             local start, in the schedule's time zone
 * @param end               local end
 * @param position          the position worked
 * @param requiredHeadcount how many employees it needs
 */
@Revision("1")
public record ShiftAddedEvent(ScheduleId scheduleId, ShiftId shiftId, LocalDateTime start, LocalDateTime end,
                              String position, int requiredHeadcount) {
}
