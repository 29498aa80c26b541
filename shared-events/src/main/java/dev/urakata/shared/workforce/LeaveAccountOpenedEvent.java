package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee's leave account was opened with a zero balance.
 *
 * @param accountId          the account
 * @param employeeId         the employee
 * @param employeeNumber     the employee's number
 * @param hireDate           the first day of employment
 * @param annualVacationDays the yearly vacation quota
 * @param firstAccrualAt     when the hire month's accrual is due (the start of the following month)
 */
@Revision("1")
public record LeaveAccountOpenedEvent(LeaveAccountId accountId, EmployeeId employeeId, String employeeNumber,
                                      LocalDate hireDate, BigDecimal annualVacationDays, Instant firstAccrualAt) {
}
