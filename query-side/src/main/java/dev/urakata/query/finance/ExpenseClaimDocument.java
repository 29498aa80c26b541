package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/**
 * A document of {@code finance_expense_claims}: one expense claim and where it is, keyed by the claim id. Internal
 * (about one employee's spending, as the API holds it back from analysts too); a decision may arrive before the
 * submission it decides, so all but the status may be missing.
 */
public record ExpenseClaimDocument(
        @Id String id,
        @Meaning(value = "the employee's number", optional = true, hidden = true) String employeeNumber,
        @Meaning(value = "the employee's id (their number when no employee has it): erasure finds the claims by it",
                optional = true, hidden = true) String employeeId,
        @Meaning(value = "the department the cost belongs to", optional = true) String department,
        @Meaning(value = "what was spent", optional = true) Money amount,
        @Meaning(value = "the day it was spent", optional = true) LocalDate expenseDate,
        @Meaning(value = "what kind of expense", optional = true) String category,
        @Meaning(value = "what it was for, in the employee's words", optional = true, hidden = true)
        String description,
        @Meaning(value = "the user who submitted it", optional = true, hidden = true) String submittedBy,
        @Meaning("`SUBMITTED`, `APPROVED`, `REJECTED` or `REIMBURSED`") String status,
        @Meaning(value = "the user who approved or rejected it", optional = true, hidden = true) String decidedBy,
        @Meaning(value = "why it was rejected", optional = true, hidden = true) String rejectionReason,
        @Meaning(value = "the day it was reimbursed", optional = true) LocalDate paidOn) {
}
