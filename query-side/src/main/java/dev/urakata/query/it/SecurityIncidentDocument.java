package dev.urakata.query.it;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.it.IncidentSeverity;
import dev.urakata.shared.it.IncidentStatus;
import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A document of {@code it_security_incidents}: one incident and how far it got, keyed by incident id. Its texts are
 * free text that may name the people involved, so analysts see only severity, status and times.
 */
public record SecurityIncidentDocument(
        @Id String id,
        @Meaning("how bad: `LOW`, `MEDIUM`, `HIGH` or `CRITICAL`") IncidentSeverity severity,
        @Meaning(value = "a one-line summary", hidden = true) String title,
        @Meaning(value = "what happened", hidden = true) String description,
        @Meaning("`REPORTED`, `CONTAINED` or `RESOLVED`") IncidentStatus status,
        @Meaning(value = "the user who reported it", hidden = true) String reportedBy,
        @Meaning("when it was reported") Instant reportedAt,
        @Meaning(value = "how it was contained", optional = true, hidden = true) String containmentNote,
        @Meaning(value = "when it was contained", optional = true) Instant containedAt,
        @Meaning(value = "what caused it", optional = true, hidden = true) String rootCause,
        @Meaning(value = "what was done about it", optional = true, hidden = true) String resolution,
        @Meaning(value = "when it was resolved", optional = true) Instant resolvedAt) {

    /** An incident as reported. */
    static SecurityIncidentDocument reported(String id, IncidentSeverity severity, String title, String description,
                                             String reportedBy, Instant reportedAt) {
        return new SecurityIncidentDocument(id, severity, title, description, IncidentStatus.REPORTED, reportedBy,
                reportedAt, null, null, null, null, null);
    }
}
