package dev.urakata.shared.compliance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * An employee completed an assigned training.
 *
 * @param employeeId   the employee
 * @param trainingCode the training
 * @param completedOn  the day it was completed
 */
public record CompleteTrainingCommand(EmployeeId employeeId, String trainingCode, LocalDate completedOn) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String complianceId() {
        return EmployeeComplianceOf.idOf(employeeId);
    }
}
