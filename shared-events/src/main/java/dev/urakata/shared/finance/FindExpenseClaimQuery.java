package dev.urakata.shared.finance;

/**
 * Ask for one expense claim; answered with an optional {@link ExpenseClaimDetails}.
 *
 * @param claimId the claim
 */
public record FindExpenseClaimQuery(ExpenseClaimId claimId) {
}
