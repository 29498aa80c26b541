package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An expense claim was approved: the company owes the employee the amount, an expense of the department.
 *
 * @param claimId     the claim
 * @param approvedBy  who approved it (not who submitted it)
 * @param department  the department the cost belongs to
 * @param amount      the amount owed
 * @param expenseDate when it was spent (the ledger's business date)
 */
@Revision("1")
public record ExpenseClaimApprovedEvent(ExpenseClaimId claimId, String approvedBy, String department, Money amount,
                                        LocalDate expenseDate) {
}
