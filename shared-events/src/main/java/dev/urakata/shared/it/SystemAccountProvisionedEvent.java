package dev.urakata.shared.it;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * An employee got an account on a system.
 *
 * @param employeeId the employee
 * @param system     the system
 * @param reason     why
 */
@Revision("1")
public record SystemAccountProvisionedEvent(@DataSubject EmployeeId employeeId, String system,
                                            @PersonalData String reason) {
}
