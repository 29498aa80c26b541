package dev.urakata.shared.payroll;

import java.util.List;

/**
 * A page of payslips, by period.
 *
 * @param items the payslips on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of payslips matching
 */
public record PayslipPage(List<PayslipSummary> items, int page, int size, long total) {
    public PayslipPage {
        items = List.copyOf(items);
    }
}
