package dev.urakata.shared.it;

import java.time.Instant;

/**
 * Support tickets, most urgent deadline first, with their SLA status measured at {@code at}. Answered with a
 * {@link TicketPage}.
 *
 * @param status    only tickets in this status, or {@code null}
 * @param priority  only this priority, or {@code null}
 * @param assignee  only tickets of this agent, or {@code null}
 * @param requester only tickets for this employee number, or {@code null}
 * @param at        the instant the remaining time is measured from ({@code null}: now)
 * @param page      the page, from 0
 * @param size      the page size
 */
public record ListTicketsQuery(TicketStatus status, TicketPriority priority, String assignee, String requester,
                               Instant at, int page, int size) {
}
