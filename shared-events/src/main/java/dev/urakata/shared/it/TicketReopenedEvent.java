package dev.urakata.shared.it;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
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
 * @param requesterId the employee id of whom the ticket is for (the requester as given when no employee has that
 *                    number, and on tickets opened before this field existed): the data subject its free text is
 *                    about, erased with them
 */
@Revision("2")
public record TicketReopenedEvent(TicketId ticketId, @PersonalData String reason, String reopenedBy,
                                  Instant reopenedAt, Instant dueAt, @DataSubject String requesterId) {
}
