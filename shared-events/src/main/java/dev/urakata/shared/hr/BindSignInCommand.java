package dev.urakata.shared.hr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make a sign-in act as an employee (ADMIN only): from then on it reads that employee's own records and acts for
 * them where employees act for themselves. Replaces an earlier binding of the same sign-in.
 *
 * @param signInId       the binding's id, {@link SignInId#of(String)} of the name
 * @param signIn         the user name or token subject
 * @param employeeId     the employee
 * @param employeeNumber the employee's number, as the employee records hold it
 */
public record BindSignInCommand(
        @TargetAggregateIdentifier SignInId signInId,
        String signIn,
        EmployeeId employeeId,
        String employeeNumber) {
}
