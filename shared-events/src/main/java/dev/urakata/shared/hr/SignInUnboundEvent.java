package dev.urakata.shared.hr;

import org.axonframework.serialization.Revision;

/**
 * A sign-in no longer acts as any employee.
 *
 * @param signInId   the binding's id
 * @param signIn     the user name or token subject
 * @param employeeId the employee it acted as until now
 */
@Revision("1")
public record SignInUnboundEvent(SignInId signInId, String signIn, EmployeeId employeeId) {
}
