package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One leave request and what became of it.
 *
 * @param requestId    the request
 * @param employeeId   the employee
 * @param type         vacation, sick or unpaid
 * @param firstDay     the first day off
 * @param lastDay      the last day off
 * @param workingDays  working days in the range
 * @param status       requested, approved or rejected
 * @param overBalance  whether it is (or took the balance) over the vacation balance
 * @param requestedBy  who asked
 * @param decidedBy    who approved or rejected it, {@code null} while requested
 * @param reason       why it was rejected, {@code null} otherwise
 */
public record LeaveRequestSummary(LeaveRequestId requestId, EmployeeId employeeId, LeaveType type,
                                  LocalDate firstDay, LocalDate lastDay, BigDecimal workingDays,
                                  LeaveRequestStatus status, boolean overBalance, String requestedBy,
                                  String decidedBy, String reason) {
}
