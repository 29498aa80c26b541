package dev.urakata.shared.processes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An employee's process can no longer be finished (the employment ended before the onboarding did): close it as
 * cancelled. Idempotent: a process already completed or cancelled records nothing.
 *
 * @param kind       onboarding or offboarding
 * @param employeeId the employee
 * @param reason     why the process ends unfinished
 */
public record CancelEmployeeProcessCommand(ProcessKind kind, EmployeeId employeeId, String reason) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String processId() {
        return kind.processIdOf(employeeId.value());
    }
}
