package dev.urakata.shared.workforce;

import java.util.List;

/**
 * A page of labour rule violations.
 *
 * @param items the violations on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of violations matching
 */
public record LabourViolationPage(List<LabourViolation> items, int page, int size, long total) {
    public LabourViolationPage {
        items = List.copyOf(items);
    }
}
