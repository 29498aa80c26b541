package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

/**
 * A swap was rejected; nothing changes on the shift.
 *
 * @param scheduleId the schedule
 * @param swapId     the request
 * @param shiftId    the shift
 * @param reason     why, may be {@code null}
 */
@Revision("1")
public record ShiftSwapRejectedEvent(ScheduleId scheduleId, SwapId swapId, ShiftId shiftId, String reason) {
}
