package dev.urakata.shared.workforce;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * A leave request was rejected.
 *
 * @param accountId  the account
 * @param employeeId the employee
 * @param requestId  the request
 * @param rejectedBy the rejecting user
 * @param reason     why
 */
@Revision("1")
public record LeaveRejectedEvent(LeaveAccountId accountId, @DataSubject EmployeeId employeeId, LeaveRequestId requestId,
                                 String rejectedBy, @PersonalData String reason) {
}
