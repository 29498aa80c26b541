package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

/**
 * Ask for an employee's leave requests, answered with a {@link LeaveRequestPage}.
 *
 * @param employeeId the employee
 * @param status     requested, approved or rejected; {@code null} means any
 * @param page       page number from 0
 * @param size       page size
 */
public record ListLeaveRequestsQuery(EmployeeId employeeId, LeaveRequestStatus status, int page, int size) {
}
