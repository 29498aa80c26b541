package dev.urakata.shared.payroll;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/**
 * An employee is on the payroll from a first month.
 *
 * @param employeeId  the employee
 * @param firstPeriod the first month paid
 */
@Revision("1")
public record EmployeeEnrolledInPayrollEvent(EmployeeId employeeId, YearMonth firstPeriod) {
}
