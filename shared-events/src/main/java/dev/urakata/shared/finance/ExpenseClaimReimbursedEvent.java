package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An approved expense claim was paid back.
 *
 * @param claimId the claim
 * @param amount  the amount paid
 * @param paidOn  the day it was transferred
 */
@Revision("1")
public record ExpenseClaimReimbursedEvent(ExpenseClaimId claimId, Money amount, LocalDate paidOn) {
}
