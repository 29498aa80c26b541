package dev.urakata.shared.compliance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Ask an employee to acknowledge a version of a policy by a date. Idempotent: the same version already requested
 * and not yet acknowledged stays as it is and nothing is recorded.
 *
 * @param employeeId   the employee
 * @param policyCode the policy
 * @param version    the version to acknowledge
 * @param dueDate    the last day to acknowledge it; after that it is reported overdue
 */
public record RequestPolicyAcknowledgementCommand(EmployeeId employeeId, String policyCode, int version, LocalDate dueDate) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String complianceId() {
        return EmployeeComplianceOf.idOf(employeeId);
    }
}
