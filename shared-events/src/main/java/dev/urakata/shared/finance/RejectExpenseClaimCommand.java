package dev.urakata.shared.finance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A manager rejects a submitted expense claim (never their own).
 *
 * @param claimId the claim
 * @param reason  why
 */
public record RejectExpenseClaimCommand(@TargetAggregateIdentifier ExpenseClaimId claimId, String reason) {
}
