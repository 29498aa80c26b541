package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A training was not completed by the end of its due date. The employee is named by {@code employeeId}. */
@Revision("1")
public record TrainingOverdueEvent(EmployeeId employeeId, String trainingCode, LocalDate dueDate) {
}
