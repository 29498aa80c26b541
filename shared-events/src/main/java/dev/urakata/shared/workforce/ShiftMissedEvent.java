package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Nobody clocked in on the shift before its grace period ran out.
 *
 * @param shiftId     the shift
 * @param missedAfter the end of the grace period
 * @param roster      the employees who were expected
 */
@Revision("1")
public record ShiftMissedEvent(ShiftId shiftId, Instant missedAfter, List<EmployeeId> roster) {
    public ShiftMissedEvent {
        roster = List.copyOf(roster);
    }
}
