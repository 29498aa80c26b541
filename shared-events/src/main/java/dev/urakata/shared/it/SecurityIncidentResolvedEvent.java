package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A security incident was resolved.
 *
 * @param incidentId the incident
 * @param rootCause  why it happened
 * @param resolution what was done
 * @param resolvedBy the user
 * @param resolvedAt when
 */
@Revision("1")
public record SecurityIncidentResolvedEvent(SecurityIncidentId incidentId, String rootCause, String resolution,
                                            String resolvedBy, Instant resolvedAt) {
}
