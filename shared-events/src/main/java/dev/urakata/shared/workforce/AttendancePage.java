package dev.urakata.shared.workforce;

import java.util.List;

/**
 * A page of attendance records, by shift start.
 *
 * @param items the records on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of records matching
 */
public record AttendancePage(List<AttendanceEntry> items, int page, int size, long total) {
    public AttendancePage {
        items = List.copyOf(items);
    }
}
