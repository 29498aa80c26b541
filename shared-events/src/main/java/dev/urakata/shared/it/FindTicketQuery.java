package dev.urakata.shared.it;

import java.time.Instant;

/**
 * One support ticket with its comments. Answered with an optional {@link TicketDetails}.
 *
 * @param ticketId the ticket
 * @param at       the instant the remaining time is measured from ({@code null}: now)
 */
public record FindTicketQuery(TicketId ticketId, Instant at) {
}
