package dev.urakata.shared.workforce;

import java.util.List;

/**
 * A page of leave requests, by first day.
 *
 * @param items the requests on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of requests matching
 */
public record LeaveRequestPage(List<LeaveRequestSummary> items, int page, int size, long total) {
    public LeaveRequestPage {
        items = List.copyOf(items);
    }
}
