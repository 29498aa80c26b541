package dev.urakata.shared.hr;

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
 */
@Revision("1")
public record EmployeePositionChangedEvent(
        EmployeeId employeeId,
        String department,
        String position,
        LocalDate effectiveDate,
        String previousDepartment,
        String previousPosition) {
}
