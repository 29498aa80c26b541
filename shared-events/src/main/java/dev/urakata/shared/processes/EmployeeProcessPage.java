package dev.urakata.shared.processes;

import java.util.List;

/**
 * A page of processes.
 *
 * @param items the processes on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of processes matching the filters
 */
public record EmployeeProcessPage(List<EmployeeProcessProgress> items, int page, int size, long total) {
    public EmployeeProcessPage {
        items = List.copyOf(items);
    }
}
