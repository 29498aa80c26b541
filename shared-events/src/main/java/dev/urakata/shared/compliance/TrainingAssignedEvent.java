package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An employee was assigned a training to complete by a date.
 *
 * @param employeeId   the employee
 * @param trainingCode the training
 * @param dueDate      the last day to complete it
 */
@Revision("1")
public record TrainingAssignedEvent(EmployeeId employeeId, String trainingCode, LocalDate dueDate) {
}
