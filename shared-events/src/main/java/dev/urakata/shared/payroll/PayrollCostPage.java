package dev.urakata.shared.payroll;

import java.util.List;

/**
 * A page of payroll costs, by month then department.
 *
 * @param items the costs on this page
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of month and department rows
 */
public record PayrollCostPage(List<PayrollCost> items, int page, int size, long total) {
    public PayrollCostPage {
        items = List.copyOf(items);
    }
}
