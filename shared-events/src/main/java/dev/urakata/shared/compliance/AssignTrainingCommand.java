package dev.urakata.shared.compliance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * An employee must complete a training by a date. Idempotent: a training that is already assigned and not yet
 * completed stays as it is and nothing is recorded.
 *
 * @param employeeId   the employee
 * @param trainingCode the training, for example {@code CODE_OF_CONDUCT}
 * @param dueDate      the last day to complete it; after that it is reported overdue
 */
public record AssignTrainingCommand(EmployeeId employeeId, String trainingCode, LocalDate dueDate) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String complianceId() {
        return EmployeeComplianceOf.idOf(employeeId);
    }
}
