package dev.urakata.shared.compliance;

import java.util.List;

/**
 * A page of compliance policies.
 *
 * @param items the policies on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of policies
 */
public record PolicyPage(List<PolicySummary> items, int page, int size, long total) {
    public PolicyPage {
        items = List.copyOf(items);
    }
}
