package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a reported incident is contained.
 *
 * @param incidentId  the incident
 * @param note        what was done to contain it
 * @param containedBy the user
 */
public record ContainSecurityIncidentCommand(@TargetAggregateIdentifier SecurityIncidentId incidentId, String note,
                                             String containedBy) {
}
