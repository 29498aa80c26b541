package dev.urakata.shared.compliance;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An employee acknowledged a policy version. The employee is named by {@code employeeId}. */
@Revision("1")
public record PolicyAcknowledgedEvent(EmployeeId employeeId, String policyCode, int version, LocalDate acknowledgedOn) {
}
