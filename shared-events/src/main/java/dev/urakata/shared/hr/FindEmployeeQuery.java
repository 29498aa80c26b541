package dev.urakata.shared.hr;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ask the employee directory for one employee; answered with an {@link EmployeeDetails} or {@code null}.
 *
 * @param employeeId  the employee
 * @param asOf        answer what the directory showed at this instant (knowledge time); {@code null} for now
 * @param effectiveOn answer what was in force on this day by the business's dates (valid time): nothing before the
 *                    hire date, the position and salary effective then; {@code null} for as recorded
 */
public record FindEmployeeQuery(EmployeeId employeeId, Instant asOf, LocalDate effectiveOn) {

    /** The employee as the directory showed them at {@code asOf}. */
    public FindEmployeeQuery(EmployeeId employeeId, Instant asOf) {
        this(employeeId, asOf, null);
    }

    /** The employee as the directory shows them now. */
    public FindEmployeeQuery(EmployeeId employeeId) {
        this(employeeId, null, null);
    }
}
