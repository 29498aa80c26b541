package dev.urakata.shared.workforce;

import java.util.List;

/**
 * A page of schedules.
 *
 * @param items the schedules
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of schedules that match
 */
public record SchedulePage(List<ScheduleSummary> items, int page, int size, long total) {
    public SchedulePage {
        items = List.copyOf(items);
    }
}
