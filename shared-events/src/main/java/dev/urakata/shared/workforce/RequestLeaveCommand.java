package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * An employee (or HR or a manager for them) asks for leave over a range of days.
 *
 * @param accountId   the employee's leave account
 * @param requestId   the new request's id
 * @param type        vacation, sick or unpaid
 * @param firstDay    the first day off
 * @param lastDay     the last day off, not before {@code firstDay}
 * @param requestedBy the user who asked
 * @param note        remarks, may be {@code null}
 */
public record RequestLeaveCommand(@TargetAggregateIdentifier LeaveAccountId accountId, LeaveRequestId requestId,
                                  LeaveType type, LocalDate firstDay, LocalDate lastDay, String requestedBy,
                                  String note) {
}
