package dev.urakata.shared.it;

import java.time.Instant;

/**
 * One comment on a ticket.
 *
 * @param author      the user who wrote it
 * @param text        the comment
 * @param commentedAt when
 */
public record TicketComment(String author, String text, Instant commentedAt) {
}
