package dev.urakata.shared.hr;

import java.util.List;

/**
 * A page of the employee directory.
 *
 * @param items the employees on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of employees matching the filters
 */
public record EmployeePage(List<EmployeeSummary> items, int page, int size, long total) {
    public EmployeePage {
        items = List.copyOf(items);
    }
}
