package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A ticket was resolved.
 *
 * @param ticketId   the ticket
 * @param resolution what was done
 * @param resolvedBy the user who resolved it
 * @param resolvedAt when
 * @param withinSla  whether it was resolved before its SLA was breached
 */
@Revision("1")
public record TicketResolvedEvent(TicketId ticketId, String resolution, String resolvedBy, Instant resolvedAt,
                                  boolean withinSla) {
}
