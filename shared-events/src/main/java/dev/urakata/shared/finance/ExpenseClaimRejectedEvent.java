package dev.urakata.shared.finance;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.DataSubject;
import org.axonframework.serialization.Revision;

/**
 * An expense claim was rejected; nothing is owed.
 *
 * @param claimId    the claim
 * @param rejectedBy who rejected it
 * @param reason     why
 * @param employeeId the id of the employee with that number (the number itself when no employee has it, and on
 *                   claims submitted before this field existed): the data subject of the free text, erased
 *                   with them
 */
@Revision("2")
public record ExpenseClaimRejectedEvent(ExpenseClaimId claimId, String rejectedBy, @PersonalData String reason,
                                        @DataSubject String employeeId) {
}
