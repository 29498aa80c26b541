package dev.urakata.shared.it;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Give an employee an account on one system (for example {@code email}, {@code sso}, {@code erp}). Idempotent: an
 * account that is already active stays as it is and nothing is recorded, so a redelivered request does no harm.
 *
 * @param employeeId the employee
 * @param system     the system, lower-case letters, digits and dashes
 * @param reason     why, for example "onboarding"
 */
public record ProvisionSystemAccountCommand(EmployeeId employeeId, String system, String reason) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String accountsId() {
        return SystemAccountsOf.idOf(employeeId);
    }
}
