package dev.urakata.shared.workforce;

/**
 * Ask for one shift; answered with an optional {@link ShiftView}.
 *
 * @param shiftId the shift
 */
public record FindShiftQuery(ShiftId shiftId) {
}
