package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stop tracking attendance for a cancelled shift. No change if already cancelled.
 *
 * @param shiftId the shift
 * @param reason  why the shift was cancelled
 */
public record CancelShiftAttendanceCommand(@TargetAggregateIdentifier ShiftId shiftId, String reason) {
}
