package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close a resolved ticket for good.
 *
 * @param ticketId the ticket
 * @param closedBy the user who closed it
 */
public record CloseTicketCommand(@TargetAggregateIdentifier TicketId ticketId, String closedBy) {
}
