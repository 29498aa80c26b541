package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One department's budget against its actuals for a month.
 *
 * @param department        the department
 * @param period            the month
 * @param budget            the budget; {@code null} while actuals exist but no budget was set
 * @param actual            payroll cost plus approved expense claims so far
 * @param remaining         budget minus actual (negative when overspent); {@code null} without a budget
 * @param percentUsed       actual as a percentage of the budget, two decimals half-even; {@code null} without one
 * @param thresholds        the percentages whose crossing is announced
 * @param thresholdsCrossed the thresholds the actuals have reached, ascending
 */
public record BudgetVsActual(String department, YearMonth period, Money budget, Money actual, Money remaining,
                             BigDecimal percentUsed, List<Integer> thresholds, List<Integer> thresholdsCrossed) {

    public BudgetVsActual {
        thresholds = List.copyOf(thresholds);
        thresholdsCrossed = List.copyOf(thresholdsCrossed);
    }
}
