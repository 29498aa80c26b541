package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * An employee was put on the roster of a shift whose attendance is tracked.
 *
 * @param shiftId    the shift
 * @param employeeId the employee
 */
@Revision("1")
public record EmployeeAddedToShiftRosterEvent(ShiftId shiftId, EmployeeId employeeId) {
}
