package dev.urakata.shared.it;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Somebody commented on a ticket.
 *
 * @param ticketId    the ticket
 * @param author      the user who wrote it
 * @param text        the comment
 * @param commentedAt when
 * @param requesterId the employee id of whom the ticket is for (the requester as given when no employee has that
 *                    number, and on tickets opened before this field existed): the data subject its free text is
 *                    about, erased with them
 */
@Revision("2")
public record TicketCommentedEvent(TicketId ticketId, String author, @PersonalData String text, Instant commentedAt,
                                   @DataSubject String requesterId) {
}
