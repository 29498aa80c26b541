package dev.urakata.shared.it;

import java.util.List;

/**
 * A page of security incidents.
 *
 * @param items the incidents of this page
 * @param page  the page, from 0
 * @param size  the page size asked for
 * @param total how many incidents match in all
 */
public record SecurityIncidentPage(List<SecurityIncidentSummary> items, int page, int size, long total) {

    public SecurityIncidentPage {
        items = List.copyOf(items);
    }
}
