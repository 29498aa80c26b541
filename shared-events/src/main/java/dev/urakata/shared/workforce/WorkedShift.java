package dev.urakata.shared.workforce;

import java.time.Instant;

/**
 * One shift an employee worked, as a timesheet lists it: traceable to the two clock events it was computed from.
 *
 * @param shiftId          the shift
 * @param timeZone         the shift's time zone (IANA id), in which night and holiday hours are judged
 * @param clockInEventId   the identifier of the {@link EmployeeClockedInEvent}
 * @param clockedInAt      when the employee clocked in
 * @param clockOutEventId  the identifier of the {@link EmployeeClockedOutEvent}
 * @param clockedOutAt     when the employee clocked out
 */
public record WorkedShift(ShiftId shiftId, String timeZone, String clockInEventId, Instant clockedInAt,
                          String clockOutEventId, Instant clockedOutAt) {
}
