package dev.urakata.shared.it;

import java.util.List;

/**
 * One support ticket in full.
 *
 * @param ticket      its summary and SLA status
 * @param description what is wrong or wanted
 * @param openedBy    the user who opened it
 * @param resolution  what was done, once resolved
 * @param resolvedBy  who resolved it
 * @param comments    its comments, oldest first
 */
public record TicketDetails(TicketSummary ticket, String description, String openedBy, String resolution,
                            String resolvedBy, List<TicketComment> comments) {

    public TicketDetails {
        comments = List.copyOf(comments);
    }
}
