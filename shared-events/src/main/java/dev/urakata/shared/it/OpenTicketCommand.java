package dev.urakata.shared.it;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a support ticket; its resolution deadline follows from the priority.
 *
 * @param ticketId    the new ticket's id
 * @param requester   the employee number of whom the ticket is for
 * @param subject     a one-line summary
 * @param description what is wrong or wanted
 * @param category    an upper-case code such as {@code HARDWARE}, {@code ACCESS}, {@code SOFTWARE}
 * @param priority    how urgent
 * @param openedBy    the user who opened it
 */
public record OpenTicketCommand(@TargetAggregateIdentifier TicketId ticketId, String requester, String subject,
                                String description, String category, TicketPriority priority, String openedBy) {
}
