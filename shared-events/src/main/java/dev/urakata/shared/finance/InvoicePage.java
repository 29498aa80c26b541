package dev.urakata.shared.finance;

import java.util.List;

/**
 * A page of invoices.
 *
 * @param items the invoices on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of invoices matching
 */
public record InvoicePage(List<InvoiceSummary> items, int page, int size, long total) {
    public InvoicePage {
        items = List.copyOf(items);
    }
}
