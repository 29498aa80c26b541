package dev.urakata.shared.it;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Revoke an employee's active accounts: one system's, or all of them. Idempotent: revoking what is not active
 * records nothing (and is not an error), so offboarding can repeat it safely.
 *
 * @param employeeId the employee
 * @param system     the one system to revoke, or {@code null} for every active account
 * @param reason     why, for example "offboarding: last day 2026-12-31"
 */
public record RevokeSystemAccountsCommand(EmployeeId employeeId, String system, String reason) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String accountsId() {
        return SystemAccountsOf.idOf(employeeId);
    }
}
