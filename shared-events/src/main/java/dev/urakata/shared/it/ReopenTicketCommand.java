package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reopen a resolved (not closed) ticket: the fix did not hold.
 *
 * @param ticketId   the ticket
 * @param reason     why
 * @param reopenedBy the user who reopened it
 */
public record ReopenTicketCommand(@TargetAggregateIdentifier TicketId ticketId, String reason, String reopenedBy) {
}
