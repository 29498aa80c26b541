package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Open an employee's leave account (sent by the workforce context when an employee is hired). Opening an open
 * account changes nothing.
 *
 * @param accountId          {@link LeaveAccountId#of(EmployeeId)}
 * @param employeeId         the employee
 * @param employeeNumber     the employee's number
 * @param hireDate           the first day of employment; vacation accrues from that month on
 * @param annualVacationDays the yearly vacation quota, accrued one twelfth a month
 * @param hireRecordedAt     when the hire was recorded: the months completed before then are credited at once
 */
public record OpenLeaveAccountCommand(@TargetAggregateIdentifier LeaveAccountId accountId, EmployeeId employeeId,
                                      String employeeNumber, LocalDate hireDate, BigDecimal annualVacationDays,
                                      Instant hireRecordedAt) {
}
