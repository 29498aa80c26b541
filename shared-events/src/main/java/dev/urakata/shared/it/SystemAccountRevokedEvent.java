package dev.urakata.shared.it;

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
public record SystemAccountRevokedEvent(EmployeeId employeeId, String system, String reason) {
}
