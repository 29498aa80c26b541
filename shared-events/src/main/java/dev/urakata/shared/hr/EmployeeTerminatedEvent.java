package dev.urakata.shared.hr;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An employment ended. No further changes are accepted for this employee.
 *
 * @param employeeId the employee
 * @param reason     why the employment ended
 * @param lastDay    the last day of employment
 * @param note       free-text remarks (may name people: erasable)
 */
@Revision("1")
public record EmployeeTerminatedEvent(
        @DataSubject EmployeeId employeeId,
        TerminationReason reason,
        LocalDate lastDay,
        @PersonalData String note) {
}
