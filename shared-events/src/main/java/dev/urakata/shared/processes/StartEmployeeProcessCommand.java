package dev.urakata.shared.processes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Start an employee's onboarding or offboarding. Idempotent: a process already started records nothing.
 *
 * @param kind           onboarding or offboarding
 * @param employeeId     the employee
 * @param employeeNumber the employee number, so progress views need not look it up
 * @param keyDate        the hire date (onboarding) or the last day (offboarding)
 */
public record StartEmployeeProcessCommand(ProcessKind kind, EmployeeId employeeId, String employeeNumber,
                                          LocalDate keyDate) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String processId() {
        return kind.processIdOf(employeeId.value());
    }
}
