package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

/**
 * Ask for an employee's leave balance, answered with an optional {@link LeaveBalance}.
 *
 * @param employeeId the employee
 */
public record FindLeaveBalanceQuery(EmployeeId employeeId) {
}
