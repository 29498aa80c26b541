package dev.urakata.shared.it;

import dev.urakata.shared.hr.EmployeeId;

/**
 * Which assets an employee holds now. Answered with a {@code List<AssetId>}; an employee who holds nothing gets an
 * empty list.
 *
 * @param employeeId the employee
 */
public record AssetsHeldQuery(EmployeeId employeeId) {
}
