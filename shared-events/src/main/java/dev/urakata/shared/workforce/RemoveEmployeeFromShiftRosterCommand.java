package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take an employee off an open shift's roster (after an unassignment). No change if not on it.
 *
 * @param shiftId    the shift
 * @param employeeId the employee
 */
public record RemoveEmployeeFromShiftRosterCommand(@TargetAggregateIdentifier ShiftId shiftId,
                                                   EmployeeId employeeId) {
}
