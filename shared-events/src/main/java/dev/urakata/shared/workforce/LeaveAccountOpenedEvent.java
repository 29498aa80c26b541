package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee's leave account was opened. A hire recorded after its hire month (a backdated hire, or an employee
 * who was there before this account existed) is credited at once with the months already completed, by the same
 * rule as the monthly accruals, so the balance is what it would have been.
 *
 * @param accountId          the account
 * @param employeeId         the employee
 * @param employeeNumber     the employee's number
 * @param hireDate           the first day of employment
 * @param annualVacationDays the yearly vacation quota
 * @param monthsCredited     completed months credited at opening (0 when opened in the hire month)
 * @param openingBalance     the vacation days they add up to
 * @param firstAccrualAt     when the next month's accrual is due (the start of the month after it)
 */
@Revision("1")
public record LeaveAccountOpenedEvent(LeaveAccountId accountId, EmployeeId employeeId, String employeeNumber,
                                      LocalDate hireDate, BigDecimal annualVacationDays, int monthsCredited,
                                      BigDecimal openingBalance, Instant firstAccrualAt) {
}
