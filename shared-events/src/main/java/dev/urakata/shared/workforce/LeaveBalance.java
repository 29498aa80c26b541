package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An employee's vacation balance.
 *
 * @param employeeId         the employee
 * @param annualVacationDays the yearly quota
 * @param accrued            days accrued so far
 * @param taken              vacation days taken by approved requests
 * @param balance            accrued minus taken
 * @param lastAccruedMonth   the last month credited, {@code null} before the first accrual
 * @param closed             whether the employment has ended
 */
public record LeaveBalance(EmployeeId employeeId, BigDecimal annualVacationDays, BigDecimal accrued,
                           BigDecimal taken, BigDecimal balance, YearMonth lastAccruedMonth, boolean closed) {
}
