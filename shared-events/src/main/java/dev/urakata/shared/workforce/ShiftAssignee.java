package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

/**
 * An employee on a shift.
 *
 * @param employeeId       the employee
 * @param source           planned, claimed or swapped in
 * @param overtimeApproved whether a manager approved overtime for this assignment
 */
public record ShiftAssignee(EmployeeId employeeId, AssignmentSource source, boolean overtimeApproved) {
}
