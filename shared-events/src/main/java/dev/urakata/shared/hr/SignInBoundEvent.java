package dev.urakata.shared.hr;

import org.axonframework.serialization.Revision;

/**
 * A sign-in now acts as an employee. Recorded by an administrator; the user who recorded it is in the event's
 * metadata, as for every event.
 *
 * @param signInId       the binding's id
 * @param signIn         the user name or token subject
 * @param employeeId     the employee
 * @param employeeNumber the employee's number
 */
@Revision("1")
public record SignInBoundEvent(SignInId signInId, String signIn, EmployeeId employeeId, String employeeNumber) {
}
