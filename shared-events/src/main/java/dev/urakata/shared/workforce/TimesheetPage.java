package dev.urakata.shared.workforce;

import java.util.List;

/**
 * A page of timesheets, by period and employee.
 *
 * @param items the timesheets on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of timesheets matching
 */
public record TimesheetPage(List<TimesheetSummary> items, int page, int size, long total) {
    public TimesheetPage {
        items = List.copyOf(items);
    }
}
