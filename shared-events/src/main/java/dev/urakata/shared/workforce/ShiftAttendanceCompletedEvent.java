package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The last employee on the clock clocked out: the shift is over and takes no further clock-ins.
 *
 * @param shiftId the shift
 * @param absent  roster members who never clocked in
 */
@Revision("1")
public record ShiftAttendanceCompletedEvent(ShiftId shiftId, List<EmployeeId> absent) {
    public ShiftAttendanceCompletedEvent {
        absent = List.copyOf(absent);
    }
}
