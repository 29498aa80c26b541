package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

import java.time.LocalDate;

/**
 * One expense claim and where it is: SUBMITTED, APPROVED, REJECTED or REIMBURSED.
 *
 * @param claimId         the claim
 * @param employeeNumber  who spent it
 * @param department      the department the cost belongs to
 * @param amount          what was spent
 * @param expenseDate     when
 * @param category        what kind of expense
 * @param description     what for
 * @param status          SUBMITTED, APPROVED, REJECTED or REIMBURSED
 * @param submittedBy     the user who submitted it
 * @param decidedBy       the user who approved or rejected it, once decided
 * @param rejectionReason why it was rejected, if it was
 * @param paidOn          the day it was reimbursed, once reimbursed
 */
public record ExpenseClaimDetails(ExpenseClaimId claimId, String employeeNumber, String department, Money amount,
                                  LocalDate expenseDate, String category, String description, String status,
                                  String submittedBy, String decidedBy, String rejectionReason, LocalDate paidOn) {
}
