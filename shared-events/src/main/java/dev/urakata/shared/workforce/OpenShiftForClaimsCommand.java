package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Let employees claim the free places of a published shift.
 *
 * @param scheduleId the schedule
 * @param shiftId    the shift
 */
public record OpenShiftForClaimsCommand(@TargetAggregateIdentifier ScheduleId scheduleId, ShiftId shiftId) {
}
