package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;

import java.util.List;

/**
 * An employee's system accounts.
 *
 * @param employeeId the employee
 * @param accounts   one per system ever provisioned, by system name
 */
public record EmployeeSystemAccounts(EmployeeId employeeId, List<SystemAccount> accounts) {

    public EmployeeSystemAccounts {
        accounts = List.copyOf(accounts);
    }
}
