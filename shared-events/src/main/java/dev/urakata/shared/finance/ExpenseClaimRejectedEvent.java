package dev.urakata.shared.finance;

import org.axonframework.serialization.Revision;

/**
 * An expense claim was rejected; nothing is owed.
 *
 * @param claimId    the claim
 * @param rejectedBy who rejected it
 * @param reason     why
 */
@Revision("1")
public record ExpenseClaimRejectedEvent(ExpenseClaimId claimId, String rejectedBy, String reason) {
}
