package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A resolved ticket was closed; nothing more happens to it.
 *
 * @param ticketId the ticket
 * @param closedBy the user who closed it
 * @param closedAt when
 */
@Revision("1")
public record TicketClosedEvent(TicketId ticketId, String closedBy, Instant closedAt) {
}
