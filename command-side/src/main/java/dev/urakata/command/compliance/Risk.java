package dev.urakata.command.compliance;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.compliance.AssessRiskCommand;
import dev.urakata.shared.compliance.CloseRiskCommand;
import dev.urakata.shared.compliance.ComplianceErrors;
import dev.urakata.shared.compliance.IdentifyRiskCommand;
import dev.urakata.shared.compliance.PlanRiskMitigationCommand;
import dev.urakata.shared.compliance.RiskAssessedEvent;
import dev.urakata.shared.compliance.RiskClosedEvent;
import dev.urakata.shared.compliance.RiskId;
import dev.urakata.shared.compliance.RiskIdentifiedEvent;
import dev.urakata.shared.compliance.RiskMitigationPlannedEvent;
import dev.urakata.shared.error.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static dev.urakata.shared.error.Checks.require;
import static dev.urakata.shared.error.Checks.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One risk in the register: identified, assessed (each re-assessment is a new event, so the register keeps how the
 * view of a risk changed), given a mitigation plan, closed with a residual note. A closed risk accepts nothing.
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class Risk {

    private static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private RiskId riskId;
    private boolean closed;

    Risk() {
        // for Axon
    }

    @CommandHandler
    Risk(IdentifyRiskCommand command) {
        require(command.riskId() != null, "riskId is required");
        requireText(command.title(), 200, "title");
        require(command.category() != null && command.category().matches("[A-Z_]{1,40}"),
                "category must be an upper-case code such as DATA_PROTECTION");
        requireText(command.owner(), 100, "owner");
        apply(new RiskIdentifiedEvent(command.riskId(), command.title().strip(), command.category(),
                command.owner().strip()));
    }

    @CommandHandler
    void handle(AssessRiskCommand command) {
        requireOpen();
        require(command.likelihood() >= 1 && command.likelihood() <= 5, "likelihood must be between 1 and 5");
        require(command.impact() >= 1 && command.impact() <= 5, "impact must be between 1 and 5");
        apply(new RiskAssessedEvent(riskId, command.likelihood(), command.impact(),
                command.likelihood() * command.impact()));
    }

    @CommandHandler
    void handle(PlanRiskMitigationCommand command) {
        requireOpen();
        requireText(command.plan(), MAX_TEXT, "plan");
        require(command.dueDate() != null, "dueDate is required");
        apply(new RiskMitigationPlannedEvent(riskId, command.plan().strip(), command.dueDate()));
    }

    @CommandHandler
    void handle(CloseRiskCommand command) {
        requireOpen();
        require(command.residualNote() != null && !command.residualNote().isBlank()
                && command.residualNote().length() <= MAX_TEXT,
                "residualNote is required (at most " + MAX_TEXT + " characters)");
        apply(new RiskClosedEvent(riskId, command.residualNote().strip()));
    }

    @EventSourcingHandler
    void on(RiskIdentifiedEvent event) {
        riskId = event.riskId();
    }

    @EventSourcingHandler
    void on(RiskClosedEvent event) {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new DomainException(ComplianceErrors.RISK_CLOSED, "Risk " + riskId + " is closed");
        }
    }
}
