package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A leave request was approved. A vacation deducts its working days from the balance; the employee is taken off
 * the shifts that overlap it.
 *
 * @param accountId     the account
 * @param employeeId    the employee
 * @param requestId     the request
 * @param type          vacation, sick or unpaid
 * @param firstDay      the first day off
 * @param lastDay       the last day off
 * @param deductedDays  days taken from the vacation balance (0 unless vacation)
 * @param balanceAfter  the vacation balance afterwards (negative only when over-balance leave is flagged, not refused)
 * @param overBalance   whether it took the balance below zero
 * @param approvedBy    the approving user
 */
@Revision("1")
public record LeaveApprovedEvent(LeaveAccountId accountId, EmployeeId employeeId, LeaveRequestId requestId,
                                 LeaveType type, LocalDate firstDay, LocalDate lastDay, BigDecimal deductedDays,
                                 BigDecimal balanceAfter, boolean overBalance, String approvedBy) {
}
