package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Ask for budget against actual per department for a month, by department name; answered with a {@link BudgetPage}.
 *
 * @param period     the month
 * @param department only this department; {@code null} means all
 * @param asOf       as the system knew it at this instant; {@code null} means now
 * @param page       page number from 0
 * @param size       page size
 */
public record ListBudgetsQuery(YearMonth period, String department, Instant asOf, int page, int size) {
}
