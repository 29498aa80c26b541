package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A security incident was reported.
 *
 * @param incidentId  the incident
 * @param severity    how bad
 * @param title       a one-line summary
 * @param description what happened
 * @param reportedBy  the user who reported it
 * @param reportedAt  when
 */
@Revision("1")
public record SecurityIncidentReportedEvent(SecurityIncidentId incidentId, IncidentSeverity severity, String title,
                                            String description, String reportedBy, Instant reportedAt) {
}
