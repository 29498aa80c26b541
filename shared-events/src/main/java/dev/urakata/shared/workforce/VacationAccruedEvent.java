package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month's share of the yearly vacation quota was credited.
 *
 * @param accountId     the account
 * @param employeeId    the employee
 * @param month         the month worked that earned it
 * @param days          days credited, two decimals
 * @param balanceAfter  the vacation balance afterwards
 */
@Revision("1")
public record VacationAccruedEvent(LeaveAccountId accountId, EmployeeId employeeId, YearMonth month,
                                   BigDecimal days, BigDecimal balanceAfter) {
}
