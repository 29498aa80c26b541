package dev.urakata.shared.it;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A ticket was resolved.
 *
 * @param ticketId   the ticket
 * @param resolution what was done
 * @param resolvedBy the user who resolved it
 * @param resolvedAt when
 * @param withinSla  whether it was resolved before its SLA was breached
 * @param requesterId the employee id of whom the ticket is for (the requester as given when no employee has that
 *                    number, and on tickets opened before this field existed): the data subject its free text is
 *                    about, erased with them
 */
@Revision("2")
public record TicketResolvedEvent(TicketId ticketId, @PersonalData String resolution, String resolvedBy,
                                  Instant resolvedAt, boolean withinSla, @DataSubject String requesterId) {
}
