package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An employee completed a training. The employee is named by {@code employeeId}. */
@Revision("1")
public record TrainingCompletedEvent(EmployeeId employeeId, String trainingCode, LocalDate completedOn) {
}
