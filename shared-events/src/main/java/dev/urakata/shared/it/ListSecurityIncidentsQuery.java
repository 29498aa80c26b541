package dev.urakata.shared.it;

/**
 * Security incidents, newest first. Answered with a {@link SecurityIncidentPage}.
 *
 * @param status   only incidents in this status, or {@code null}
 * @param severity only this severity, or {@code null}
 * @param page     the page, from 0
 * @param size     the page size
 */
public record ListSecurityIncidentsQuery(IncidentStatus status, IncidentSeverity severity, int page, int size) {
}
