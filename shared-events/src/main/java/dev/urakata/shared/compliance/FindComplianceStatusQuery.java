package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;

/**
 * Ask for one employee's compliance status, answered with an optional {@link ComplianceStatus}.
 *
 * @param employeeId the employee
 */
public record FindComplianceStatusQuery(EmployeeId employeeId) {
}
