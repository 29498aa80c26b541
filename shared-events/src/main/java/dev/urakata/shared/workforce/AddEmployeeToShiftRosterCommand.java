package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put an employee on an open shift's roster (after an assignment to the published shift). No change if already on it.
 *
 * @param shiftId    the shift
 * @param employeeId the employee
 */
public record AddEmployeeToShiftRosterCommand(@TargetAggregateIdentifier ShiftId shiftId, EmployeeId employeeId) {
}
