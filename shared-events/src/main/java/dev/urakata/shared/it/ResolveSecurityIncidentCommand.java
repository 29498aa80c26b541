package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close a contained incident with its root cause and resolution.
 *
 * @param incidentId the incident
 * @param rootCause  why it happened
 * @param resolution what was done so it does not happen again
 * @param resolvedBy the user
 */
public record ResolveSecurityIncidentCommand(@TargetAggregateIdentifier SecurityIncidentId incidentId,
                                             String rootCause, String resolution, String resolvedBy) {
}
