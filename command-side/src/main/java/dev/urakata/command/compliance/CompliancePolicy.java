package dev.urakata.command.compliance;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.compliance.ComplianceErrors;
import dev.urakata.shared.compliance.PolicyVersionPublishedEvent;
import dev.urakata.shared.compliance.PublishPolicyVersionCommand;
import dev.urakata.shared.error.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static dev.urakata.shared.error.Checks.require;
import static dev.urakata.shared.error.Checks.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A compliance policy, identified by its code, and its published versions: each new version must be higher than
 * the last; republishing the latest version unchanged records nothing.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class CompliancePolicy {

    @AggregateIdentifier
    private String policyCode;
    private String title;
    private int version;
    private boolean acknowledgementRequired;

    CompliancePolicy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PublishPolicyVersionCommand command) {
        require(command.policyCode() != null && EmployeeCompliance.CODE.matcher(command.policyCode()).matches(),
                "policyCode must be an upper-case code such as CODE_OF_CONDUCT (at most 40 characters)");
        requireText(command.title(), 200, "title");
        require(command.version() >= 1, "version must be 1 or more");
        if (policyCode != null) {
            if (command.version() == version && title.equals(command.title().strip())
                    && acknowledgementRequired == command.acknowledgementRequired()) {
                return; // the same version again: already published
            }
            if (command.version() <= version) {
                throw new DomainException(ComplianceErrors.POLICY_VERSION_CONFLICT, "Policy " + policyCode
                        + " is at version " + version + "; a new version must be higher");
            }
        }
        apply(new PolicyVersionPublishedEvent(command.policyCode(), command.title().strip(), command.version(),
                command.acknowledgementRequired()));
    }

    @EventSourcingHandler
    void on(PolicyVersionPublishedEvent event) {
        policyCode = event.policyCode();
        title = event.title();
        version = event.version();
        acknowledgementRequired = event.acknowledgementRequired();
    }
}
