package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;

/**
 * An employee's system accounts, active and revoked. Answered with {@link EmployeeSystemAccounts} (an empty list
 * for an employee who never had one).
 *
 * @param employeeId the employee
 */
public record FindSystemAccountsQuery(EmployeeId employeeId) {
}
