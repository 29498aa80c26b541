package dev.urakata.shared.hr;

import java.time.Instant;

/**
 * Ask the employee directory for one employee; answered with an {@link EmployeeDetails} or {@code null}.
 *
 * @param employeeId the employee
 * @param asOf       answer what the directory showed at this instant; {@code null} for now
 */
public record FindEmployeeQuery(EmployeeId employeeId, Instant asOf) {

    /** The employee as the directory shows them now. */
    public FindEmployeeQuery(EmployeeId employeeId) {
        this(employeeId, null);
    }
}
