package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Somebody commented on a ticket.
 *
 * @param ticketId    the ticket
 * @param author      the user who wrote it
 * @param text        the comment
 * @param commentedAt when
 */
@Revision("1")
public record TicketCommentedEvent(TicketId ticketId, String author, String text, Instant commentedAt) {
}
