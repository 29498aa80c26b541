package dev.urakata.shared.finance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Finance pays an approved expense claim back to the employee.
 *
 * @param claimId the claim
 * @param paidOn  the day the money was transferred
 */
public record ReimburseExpenseClaimCommand(@TargetAggregateIdentifier ExpenseClaimId claimId, LocalDate paidOn) {
}
