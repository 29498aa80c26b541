package dev.urakata.shared.processes;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * Every step of an employee's onboarding or offboarding is done.
 *
 * @param kind       onboarding or offboarding
 * @param employeeId the employee
 */
@Revision("1")
public record EmployeeProcessCompletedEvent(ProcessKind kind, EmployeeId employeeId) {
}
