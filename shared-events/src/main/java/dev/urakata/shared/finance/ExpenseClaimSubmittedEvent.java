package dev.urakata.shared.finance;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.DataSubject;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An expense claim was submitted; it posts nothing until approved.
 *
 * @param claimId        the claim
 * @param employeeNumber who spent it
 * @param department     the department the cost belongs to
 * @param amount         what was spent
 * @param expenseDate    when
 * @param category       what kind of expense
 * @param description    what for
 * @param submittedBy    the user who submitted it (may not approve it)
 * @param employeeId     the id of the employee with that number (the number itself when no employee has it, and on
 *                       claims submitted before this field existed): the data subject of the free text, erased
 *                       with them
 */
@Revision("2")
public record ExpenseClaimSubmittedEvent(ExpenseClaimId claimId, String employeeNumber, String department,
                                         Money amount, LocalDate expenseDate, String category,
                                         @PersonalData String description, String submittedBy,
                                         @DataSubject String employeeId) {
}
