package dev.urakata.shared.finance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A manager approves a submitted expense claim (never their own).
 *
 * @param claimId the claim
 */
public record ApproveExpenseClaimCommand(@TargetAggregateIdentifier ExpenseClaimId claimId) {
}
