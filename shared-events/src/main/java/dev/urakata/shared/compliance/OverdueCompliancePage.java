package dev.urakata.shared.compliance;

import java.util.List;

/**
 * A page of overdue trainings and acknowledgements.
 *
 * @param items the items on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of items overdue
 */
public record OverdueCompliancePage(List<OverdueComplianceItem> items, int page, int size, long total) {
    public OverdueCompliancePage {
        items = List.copyOf(items);
    }
}
