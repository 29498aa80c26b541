package dev.urakata.shared.payroll;

import java.util.List;

/**
 * A page of payroll runs, by period.
 *
 * @param items the runs on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of runs matching
 */
public record PayrollRunPage(List<PayrollRunSummary> items, int page, int size, long total) {
    public PayrollRunPage {
        items = List.copyOf(items);
    }
}
