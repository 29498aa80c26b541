package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

/**
 * The shift was cancelled: nobody can clock in on it any more (employees already clocked in can still clock out,
 * so the time they worked is recorded).
 *
 * @param shiftId the shift
 * @param reason  why
 */
@Revision("1")
public record ShiftAttendanceCancelledEvent(ShiftId shiftId, String reason) {
}
