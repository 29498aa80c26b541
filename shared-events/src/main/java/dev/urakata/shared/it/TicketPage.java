package dev.urakata.shared.it;

import java.util.List;

/**
 * A page of support tickets.
 *
 * @param items the tickets of this page
 * @param page  the page, from 0
 * @param size  the page size asked for
 * @param total how many tickets match in all
 */
public record TicketPage(List<TicketSummary> items, int page, int size, long total) {

    public TicketPage {
        items = List.copyOf(items);
    }
}
