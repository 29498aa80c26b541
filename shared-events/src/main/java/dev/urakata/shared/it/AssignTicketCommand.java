package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Give a ticket to an IT agent (again, to hand it over).
 *
 * @param ticketId   the ticket
 * @param assignee   the agent's user name
 * @param assignedBy the user who assigned it
 */
public record AssignTicketCommand(@TargetAggregateIdentifier TicketId ticketId, String assignee,
                                  String assignedBy) {
}
