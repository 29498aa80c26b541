package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A security incident was contained.
 *
 * @param incidentId  the incident
 * @param note        what was done to contain it
 * @param containedBy the user
 * @param containedAt when
 */
@Revision("1")
public record SecurityIncidentContainedEvent(SecurityIncidentId incidentId, String note, String containedBy,
                                             Instant containedAt) {
}
