package dev.urakata.shared.processes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a step of an employee's process is done. Idempotent: a step already done records nothing. The last
 * open step completes the process.
 *
 * @param kind       onboarding or offboarding
 * @param employeeId the employee
 * @param step       the step, of the same kind
 * @param note       what happened, for example which accounts or which laptop
 */
public record CompleteProcessStepCommand(ProcessKind kind, EmployeeId employeeId, ProcessStep step, String note) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String processId() {
        return kind.processIdOf(employeeId.value());
    }
}
