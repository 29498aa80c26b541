package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

/**
 * A ticket was given to an IT agent.
 *
 * @param ticketId   the ticket
 * @param assignee   the agent's user name
 * @param assignedBy the user who assigned it
 */
@Revision("1")
public record TicketAssignedEvent(TicketId ticketId, String assignee, String assignedBy) {
}
