package dev.urakata.shared.processes;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee's onboarding or offboarding started.
 *
 * @param kind           onboarding or offboarding
 * @param employeeId     the employee
 * @param employeeNumber the employee number
 * @param keyDate        the hire date (onboarding) or the last day (offboarding)
 * @param steps          the steps to be done, in order
 */
@Revision("1")
public record EmployeeProcessStartedEvent(ProcessKind kind, EmployeeId employeeId, String employeeNumber,
                                          LocalDate keyDate, List<ProcessStep> steps) {
    public EmployeeProcessStartedEvent {
        steps = List.copyOf(steps);
    }
}
