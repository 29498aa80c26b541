package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The employment ended: the account accrues nothing more and takes no further requests.
 *
 * @param accountId  the account
 * @param employeeId the employee
 * @param lastDay    the last day of employment
 * @param balance    the vacation balance left
 */
@Revision("1")
public record LeaveAccountClosedEvent(LeaveAccountId accountId, EmployeeId employeeId, LocalDate lastDay,
                                      BigDecimal balance) {
}
