package dev.urakata.shared.compliance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The employee acknowledges a requested policy version (for themselves only).
 *
 * @param employeeId   the employee
 * @param policyCode     the policy
 * @param version        the version
 * @param acknowledgedOn the day of the acknowledgement
 */
public record AcknowledgePolicyCommand(EmployeeId employeeId, String policyCode, int version, LocalDate acknowledgedOn) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String complianceId() {
        return EmployeeComplianceOf.idOf(employeeId);
    }
}
