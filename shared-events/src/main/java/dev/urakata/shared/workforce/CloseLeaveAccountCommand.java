package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Close a leave account when the employment ends: no further accrual, no further requests.
 *
 * @param accountId the account
 * @param lastDay   the last day of employment
 */
public record CloseLeaveAccountCommand(@TargetAggregateIdentifier LeaveAccountId accountId, LocalDate lastDay) {
}
