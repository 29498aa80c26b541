package dev.urakata.command.it;

import dev.urakata.command.SnapshotFields;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.it.ContainSecurityIncidentCommand;
import dev.urakata.shared.it.IncidentStatus;
import dev.urakata.shared.it.ItErrors;
import dev.urakata.shared.it.ReportSecurityIncidentCommand;
import dev.urakata.shared.it.ResolveSecurityIncidentCommand;
import dev.urakata.shared.it.SecurityIncidentContainedEvent;
import dev.urakata.shared.it.SecurityIncidentId;
import dev.urakata.shared.it.SecurityIncidentReportedEvent;
import dev.urakata.shared.it.SecurityIncidentResolvedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static dev.urakata.shared.error.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One security incident: reported → contained → resolved, strictly in that order. Resolving straight from
 * reported is refused on purpose: an incident report must say how the damage was stopped before it is closed, even
 * if the answer is "nothing to contain" (a false alarm is contained with that note, then resolved).
 */
@Aggregate(cache = "aggregateCache")
@SnapshotFields
class SecurityIncident {

    @AggregateIdentifier
    private SecurityIncidentId incidentId;
    private IncidentStatus status;

    SecurityIncident() {
        // for Axon
    }

    @CommandHandler
    SecurityIncident(ReportSecurityIncidentCommand command) {
        require(command.incidentId() != null, "incidentId is required");
        require(command.severity() != null, "severity is required (LOW, MEDIUM, HIGH, CRITICAL)");
        require(text(command.title(), 200), "title is required (at most 200 characters)");
        require(text(command.description(), 5000), "description is required (at most 5000 characters)");
        apply(new SecurityIncidentReportedEvent(command.incidentId(), command.severity(), command.title().strip(),
                command.description().strip(), command.reportedBy(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(ContainSecurityIncidentCommand command) {
        requireStatus(IncidentStatus.REPORTED, "contained");
        require(text(command.note(), 5000), "note is required (at most 5000 characters)");
        apply(new SecurityIncidentContainedEvent(incidentId, command.note().strip(), command.containedBy(),
                GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    void handle(ResolveSecurityIncidentCommand command) {
        requireStatus(IncidentStatus.CONTAINED, "resolved");
        require(text(command.rootCause(), 5000), "rootCause is required (at most 5000 characters)");
        require(text(command.resolution(), 5000), "resolution is required (at most 5000 characters)");
        apply(new SecurityIncidentResolvedEvent(incidentId, command.rootCause().strip(),
                command.resolution().strip(), command.resolvedBy(), GenericEventMessage.clock.instant()));
    }

    @EventSourcingHandler
    void on(SecurityIncidentReportedEvent event) {
        incidentId = event.incidentId();
        status = IncidentStatus.REPORTED;
    }

    @EventSourcingHandler
    void on(SecurityIncidentContainedEvent event) {
        status = IncidentStatus.CONTAINED;
    }

    @EventSourcingHandler
    void on(SecurityIncidentResolvedEvent event) {
        status = IncidentStatus.RESOLVED;
    }

    private void requireStatus(IncidentStatus required, String action) {
        if (status != required) {
            throw new DomainException(ItErrors.SECURITY_INCIDENT_STATUS_CONFLICT, "Security incident " + incidentId
                    + " is " + status.name().toLowerCase() + " and cannot be " + action
                    + (required == IncidentStatus.CONTAINED ? " before it is contained" : ""));
        }
    }

    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max;
    }
}
