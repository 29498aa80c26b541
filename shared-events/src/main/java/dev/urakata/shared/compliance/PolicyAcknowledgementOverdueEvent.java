package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A policy version was not acknowledged by the end of its due date. The employee is named by {@code employeeId}. */
@Revision("1")
public record PolicyAcknowledgementOverdueEvent(EmployeeId employeeId, String policyCode, int version, LocalDate dueDate) {
}
