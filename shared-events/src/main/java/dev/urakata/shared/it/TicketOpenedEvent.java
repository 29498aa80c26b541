package dev.urakata.shared.it;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
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
 * @param requesterId the employee id of whom the ticket is for (the requester as given when no employee has that
 *                    number, and on tickets opened before this field existed): the data subject its free text is
 *                    about, erased with them
 */
@Revision("2")
public record TicketOpenedEvent(TicketId ticketId, String requester, @PersonalData String subject,
                                @PersonalData String description, String category, TicketPriority priority,
                                String openedBy, Instant openedAt, Instant dueAt, @DataSubject String requesterId) {
}
