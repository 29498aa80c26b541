package dev.urakata.shared.it;

import java.time.Instant;

/**
 * One support ticket with its SLA status.
 *
 * @param ticketId         the ticket
 * @param requester        the employee number it is for ({@code null} for readers without access to personal data)
 * @param subject          its summary ({@code null} for readers without access to personal data)
 * @param category         its category
 * @param priority         its priority
 * @param status           where it is
 * @param assignee         the agent working on it, or {@code null}
 * @param openedAt         when it was opened
 * @param dueAt            its resolution deadline
 * @param breached         whether the deadline was missed (recorded, or passed by the instant asked about while
 *                         the ticket is open)
 * @param remainingMinutes minutes left until the deadline (negative when overdue) for an open ticket, else
 *                         {@code null}
 * @param resolvedAt       when it was last resolved, or {@code null}
 */
public record TicketSummary(TicketId ticketId, String requester, String subject, String category,
                            TicketPriority priority, TicketStatus status, String assignee, Instant openedAt,
                            Instant dueAt, boolean breached, Long remainingMinutes, Instant resolvedAt) {

    /** The same ticket without the fields that identify people. */
    public TicketSummary withoutPersonalData() {
        return new TicketSummary(ticketId, null, null, category, priority, status, null, openedAt, dueAt, breached,
                remainingMinutes, resolvedAt);
    }
}
