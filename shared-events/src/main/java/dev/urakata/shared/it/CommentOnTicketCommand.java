package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a comment to a ticket.
 *
 * @param ticketId       the ticket
 * @param author         the authenticated user
 * @param onlyIfRequester the author's employee number when they may comment on their own tickets only, so the
 *                       ticket refuses (403) one that is somebody else's; {@code null} for IT staff
 * @param text           the comment
 */
public record CommentOnTicketCommand(@TargetAggregateIdentifier TicketId ticketId, String author,
                                     String onlyIfRequester, String text) {
}
