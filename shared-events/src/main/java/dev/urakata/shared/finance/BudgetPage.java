package dev.urakata.shared.finance;

import java.util.List;

/**
 * A page of budgets against actuals.
 *
 * @param items the budgets on this page, by department
 * @param page  page number from 0
 * @param size  requested page size
 * @param total number of budgets matching
 */
public record BudgetPage(List<BudgetVsActual> items, int page, int size, long total) {
    public BudgetPage {
        items = List.copyOf(items);
    }
}
