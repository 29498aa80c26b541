package dev.urakata.shared.payroll;

import java.util.List;

/**
 * A page of withholdings, by month.
 *
 * @param items the months on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of months
 */
public record WithholdingPage(List<Withholding> items, int page, int size, long total) {
    public WithholdingPage {
        items = List.copyOf(items);
    }
}
