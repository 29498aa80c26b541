package dev.urakata.shared.it;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * An employee's account on a system was revoked.
 *
 * @param employeeId the employee
 * @param system     the system
 * @param reason     why
 */
@Revision("1")
public record SystemAccountRevokedEvent(@DataSubject EmployeeId employeeId, String system,
                                        @PersonalData String reason) {
}
