package dev.urakata.shared.hr;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An employee moved to another position and/or department.
 *
 * @param employeeId         the employee
 * @param department         the new department
 * @param position           the new job title
 * @param effectiveDate      the day the change takes effect
 * @param previousDepartment the department before the change
 * @param previousPosition   the job title before the change
 * @param reason             why, when given (free text that may name people: erasable); absent from events
 *                           recorded before reasons were taken
 */
@Revision("1")
public record EmployeePositionChangedEvent(
        @DataSubject EmployeeId employeeId,
        String department,
        String position,
        LocalDate effectiveDate,
        String previousDepartment,
        String previousPosition,
        @PersonalData String reason) {

    /** A change without a reason. */
    public EmployeePositionChangedEvent(EmployeeId employeeId, String department, String position,
                                        LocalDate effectiveDate, String previousDepartment, String previousPosition) {
        this(employeeId, department, position, effectiveDate, previousDepartment, previousPosition, null);
    }
}
