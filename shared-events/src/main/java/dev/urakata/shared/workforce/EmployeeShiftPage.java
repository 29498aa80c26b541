package dev.urakata.shared.workforce;

import java.util.List;

/**
 * A page of one employee's shifts.
 *
 * @param items the shifts on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of shifts matching
 */
public record EmployeeShiftPage(List<EmployeeShift> items, int page, int size, long total) {
    public EmployeeShiftPage {
        items = List.copyOf(items);
    }
}
