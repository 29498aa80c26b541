package dev.urakata.shared.it;

import java.time.Instant;

/**
 * One security incident and how far it got.
 *
 * @param incidentId      the incident
 * @param severity        how bad
 * @param title           its summary
 * @param description     what happened
 * @param status          where it is
 * @param reportedBy      who reported it
 * @param reportedAt      when
 * @param containmentNote what was done to contain it, or {@code null}
 * @param containedAt     when, or {@code null}
 * @param rootCause       why it happened, once resolved
 * @param resolution      what was done, once resolved
 * @param resolvedAt      when, or {@code null}
 */
public record SecurityIncidentSummary(SecurityIncidentId incidentId, IncidentSeverity severity, String title,
                                      String description, IncidentStatus status, String reportedBy,
                                      Instant reportedAt, String containmentNote, Instant containedAt,
                                      String rootCause, String resolution, Instant resolvedAt) {
}
