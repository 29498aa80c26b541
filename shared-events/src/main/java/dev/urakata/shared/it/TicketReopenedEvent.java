package dev.urakata.shared.it;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A resolved ticket was reopened.
 *
 * @param ticketId   the ticket
 * @param reason     why
 * @param reopenedBy the user who reopened it
 * @param reopenedAt when
 * @param dueAt      the resolution deadline that runs again (the original one), or {@code null} when the SLA was
 *                   already breached and no deadline runs any more
 */
@Revision("1")
public record TicketReopenedEvent(TicketId ticketId, String reason, String reopenedBy, Instant reopenedAt,
                                  Instant dueAt) {
}
