package dev.urakata.shared.processes;

import dev.urakata.shared.hr.EmployeeId;

/**
 * One employee's process of one kind. Answered with an {@code Optional<EmployeeProcessProgress>}.
 *
 * @param kind       onboarding or offboarding
 * @param employeeId the employee
 */
public record FindEmployeeProcessQuery(ProcessKind kind, EmployeeId employeeId) {
}
