package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A ticket was not resolved by its deadline. Recorded once per ticket.
 *
 * @param ticketId the ticket
 * @param priority its priority
 * @param dueAt    the deadline it missed
 */
@Revision("1")
public record TicketSlaBreachedEvent(TicketId ticketId, TicketPriority priority, Instant dueAt) {
}
