package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An employee was asked to acknowledge a policy version by a date. The employee is named by {@code employeeId}. */
@Revision("1")
public record PolicyAcknowledgementRequestedEvent(EmployeeId employeeId, String policyCode, int version, LocalDate dueDate) {
}
