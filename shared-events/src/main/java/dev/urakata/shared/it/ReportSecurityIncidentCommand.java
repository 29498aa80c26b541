package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Report a security incident.
 *
 * @param incidentId  the new incident's id
 * @param severity    how bad
 * @param title       a one-line summary
 * @param description what happened
 * @param reportedBy  the user who reported it
 */
public record ReportSecurityIncidentCommand(@TargetAggregateIdentifier SecurityIncidentId incidentId,
                                            IncidentSeverity severity, String title, String description,
                                            String reportedBy) {
}
