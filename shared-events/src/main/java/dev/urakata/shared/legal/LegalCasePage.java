package dev.urakata.shared.legal;

import java.util.List;

/**
 * A page of legal cases.
 *
 * @param items the cases on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of cases matching
 */
public record LegalCasePage(List<LegalCaseSummary> items, int page, int size, long total) {
    public LegalCasePage {
        items = List.copyOf(items);
    }
}
