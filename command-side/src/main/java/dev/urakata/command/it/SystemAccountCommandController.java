package dev.urakata.command.it;

import dev.urakata.command.uniqueness.AggregateKinds.Kind;
import dev.urakata.command.web.Commands;
import dev.urakata.config.web.JsonApi;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.ProvisionSystemAccountCommand;
import dev.urakata.shared.it.RevokeSystemAccountsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * An employee's system accounts, by hand (onboarding and offboarding send the same commands). Both are idempotent:
 * provisioning an active account or revoking one that is not active answers 200 and records nothing.
 * Roles: IT, ADMIN.
 */
@JsonApi("/api/it/employees/{employeeId}/accounts")
@PreAuthorize("hasAnyRole('IT', 'ADMIN')")
@Tag(name = "IT system accounts", description = "Provision and revoke an employee's system accounts. "
        + "Roles: IT, ADMIN.")
class SystemAccountCommandController {
    private final Commands commands;

    SystemAccountCommandController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/provision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give the employee an account on a system", description = "Already active: 200, nothing "
            + "recorded. 404 when the id names no employee.")
    ResponseEntity<ItCommandRequests.AccountsResponse> provision(@PathVariable EmployeeId employeeId,
                                @Valid @RequestBody ItCommandRequests.ProvisionAccount request) {
        // the accounts are recorded under an id derived from the employee's, so nothing would refuse a stranger
        commands.requireExisting(employeeId, Kind.EMPLOYEE);
        return commands.send(new ProvisionSystemAccountCommand(employeeId, request.system(), request.reason()),
                new ItCommandRequests.AccountsResponse(employeeId.value(), request.system()));
    }

    @PostMapping(path = "/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke one account, or every active one when system is left out",
            description = "Nothing active: 200, nothing recorded.")
    ResponseEntity<ItCommandRequests.AccountsResponse> revoke(@PathVariable EmployeeId employeeId,
                             @Valid @RequestBody ItCommandRequests.RevokeAccounts request) {
        return commands.send(new RevokeSystemAccountsCommand(employeeId, request.system(), request.reason()),
                new ItCommandRequests.AccountsResponse(employeeId.value(), request.system()));
    }
}
