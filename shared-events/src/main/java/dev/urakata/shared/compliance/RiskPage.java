package dev.urakata.shared.compliance;

import java.util.List;

/**
 * A page of the risk register.
 *
 * @param items the risks on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of risks matching
 */
public record RiskPage(List<RiskSummary> items, int page, int size, long total) {
    public RiskPage {
        items = List.copyOf(items);
    }
}
