package dev.urakata.command.it;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.ProvisionSystemAccountCommand;
import dev.urakata.shared.it.RevokeSystemAccountsCommand;
import dev.urakata.shared.it.SystemAccountProvisionedEvent;
import dev.urakata.shared.it.SystemAccountRevokedEvent;
import dev.urakata.shared.it.SystemAccountsOf;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One employee's accounts on the company's systems. Both commands are idempotent because the onboarding and
 * offboarding sagas may deliver them more than once: provisioning an active account and revoking one that is not
 * active record nothing. The aggregate comes into being with its first provisioned account; a revocation for an
 * employee who never had one creates nothing and succeeds.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class SystemAccounts {

    /** What a system name looks like. */
    static final String SYSTEM_FORMAT = "[a-z0-9-]{1,32}";

    @AggregateIdentifier
    private String accountsId;
    /** The active systems in the order provisioned (a list: revocation of all goes in that order). */
    private List<String> active = new ArrayList<>();

    SystemAccounts() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ProvisionSystemAccountCommand command) {
        require(command.employeeId() != null, "employeeId is required");
        require(command.system() != null && command.system().matches(SYSTEM_FORMAT),
                "system must be 1-32 lower-case letters, digits or dashes");
        checkReason(command.reason());
        if (!active.contains(command.system())) {
            apply(new SystemAccountProvisionedEvent(command.employeeId(), command.system(), command.reason()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RevokeSystemAccountsCommand command) {
        require(command.employeeId() != null, "employeeId is required");
        require(command.system() == null || command.system().matches(SYSTEM_FORMAT),
                "system must be 1-32 lower-case letters, digits or dashes (or left out for every account)");
        checkReason(command.reason());
        List<String> revoked = command.system() == null ? List.copyOf(active)
                : active.contains(command.system()) ? List.of(command.system()) : List.of();
        EmployeeId employee = command.employeeId();
        revoked.forEach(system -> apply(new SystemAccountRevokedEvent(employee, system, command.reason())));
    }

    @EventSourcingHandler
    void on(SystemAccountProvisionedEvent event) {
        accountsId = SystemAccountsOf.idOf(event.employeeId());
        active.add(event.system());
    }

    @EventSourcingHandler
    void on(SystemAccountRevokedEvent event) {
        active.remove(event.system());
    }

    private static void checkReason(String reason) {
        require(reason == null || reason.length() <= 500, "reason is at most 500 characters");
    }
}
