package dev.urakata.shared.hr;

/**
 * Ask the employee directory for one employee; answered with an {@link EmployeeDetails} or {@code null}.
 *
 * @param employeeId the employee
 */
public record FindEmployeeQuery(EmployeeId employeeId) {
}
