package dev.urakata.shared.hr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * End an employment.
 *
 * @param employeeId the employee
 * @param reason     why the employment ends
 * @param lastDay    the last day of employment, not before the hire date
 * @param note       free-text remarks for the file
 */
public record TerminateEmployeeCommand(
        @TargetAggregateIdentifier EmployeeId employeeId,
        TerminationReason reason,
        LocalDate lastDay,
        String note) {
}
