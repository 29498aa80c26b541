package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancel a shift.
 *
 * @param scheduleId the schedule
 * @param shiftId    the shift
 * @param reason     why, may be {@code null}
 */
public record CancelShiftCommand(@TargetAggregateIdentifier ScheduleId scheduleId, ShiftId shiftId, String reason) {
}
