package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A support ticket was opened.
 *
 * @param ticketId    the ticket
 * @param requester   the employee number of whom it is for
 * @param subject     a one-line summary
 * @param description what is wrong or wanted
 * @param category    an upper-case code
 * @param priority    how urgent
 * @param openedBy    the user who opened it
 * @param openedAt    when
 * @param dueAt       when it must be resolved by (the SLA of its priority)
 */
@Revision("1")
public record TicketOpenedEvent(TicketId ticketId, String requester, String subject, String description,
                                String category, TicketPriority priority, String openedBy, Instant openedAt,
                                Instant dueAt) {
}
