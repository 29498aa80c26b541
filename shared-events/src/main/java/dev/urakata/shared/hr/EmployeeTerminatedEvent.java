package dev.urakata.shared.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An employment ended. No further changes are accepted for this employee.
 *
 * @param employeeId the employee
 * @param reason     why the employment ended
 * @param lastDay    the last day of employment
 * @param note       free-text remarks
 */
@Revision("1")
public record EmployeeTerminatedEvent(
        EmployeeId employeeId,
        TerminationReason reason,
        LocalDate lastDay,
        String note) {
}
