package dev.urakata.shared.processes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A step of an employee's process did not happen in time: escalate it. Idempotent per step: a step already
 * escalated, or already done, records nothing.
 *
 * @param kind       onboarding or offboarding
 * @param employeeId the employee
 * @param step       the late step
 * @param reason     what is missing and since when
 */
public record EscalateProcessStepCommand(ProcessKind kind, EmployeeId employeeId, ProcessStep step, String reason) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String processId() {
        return kind.processIdOf(employeeId.value());
    }
}
