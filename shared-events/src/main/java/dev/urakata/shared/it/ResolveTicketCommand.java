package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Mark an open ticket resolved; stops its SLA clock.
 *
 * @param ticketId   the ticket
 * @param resolution what was done
 * @param resolvedBy the user who resolved it
 */
public record ResolveTicketCommand(@TargetAggregateIdentifier TicketId ticketId, String resolution,
                                   String resolvedBy) {
}
