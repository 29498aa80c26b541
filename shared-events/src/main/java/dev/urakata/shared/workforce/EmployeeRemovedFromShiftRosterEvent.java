package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * An employee was taken off the roster of a shift whose attendance is tracked; they can no longer clock in
 * (one already clocked in can still clock out).
 *
 * @param shiftId    the shift
 * @param employeeId the employee
 */
@Revision("1")
public record EmployeeRemovedFromShiftRosterEvent(ShiftId shiftId, EmployeeId employeeId) {
}
