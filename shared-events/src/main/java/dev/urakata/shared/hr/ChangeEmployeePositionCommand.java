package dev.urakata.shared.hr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Move an employee to another position and/or department.
 *
 * @param employeeId    the employee
 * @param department    the new department
 * @param position      the new job title
 * @param effectiveDate the day the change takes effect
 * @param reason        why (optional free text)
 */
public record ChangeEmployeePositionCommand(
        @TargetAggregateIdentifier EmployeeId employeeId,
        String department,
        String position,
        LocalDate effectiveDate,
        String reason) {
}
