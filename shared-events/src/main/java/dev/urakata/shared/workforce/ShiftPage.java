package dev.urakata.shared.workforce;

import java.util.List;

/**
 * A page of shifts.
 *
 * @param items the shifts on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of shifts matching
 */
public record ShiftPage(List<ShiftView> items, int page, int size, long total) {
    public ShiftPage {
        items = List.copyOf(items);
    }
}
