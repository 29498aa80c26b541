package dev.urakata.shared.finance;

import java.util.List;

/**
 * A page of customer accounts.
 *
 * @param items the customers, as they stand now
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of customers
 */
public record CustomerPage(List<CustomerDetails> items, int page, int size, long total) {
    public CustomerPage {
        items = List.copyOf(items);
    }
}
