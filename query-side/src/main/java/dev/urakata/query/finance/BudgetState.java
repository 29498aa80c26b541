package dev.urakata.query.finance;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * One budget as it stood after one of its events: the fields {@link BudgetDocument} (now) and
 * {@link BudgetChangeDocument} (after each change) hold beside their own.
 */
public record BudgetState(
        @Meaning("the department") String department,
        @Meaning("the month budgeted") YearMonth period,
        @Meaning(value = "the amount budgeted (absent while actuals are recorded without a budget)", optional = true)
        Money budget,
        @Meaning("what has been spent against it") Money actual,
        @Meaning(value = "the percentages of the budget at which spending is announced", optional = true)
        List<Integer> thresholds,
        @Meaning("the thresholds crossed and not since fallen below") List<Integer> crossed) {

    /** The budget of a department's month before its first event. */
    static BudgetState of(String department, YearMonth period) {
        return new BudgetState(department, period, null, null, null, List.of());
    }

    /** Set (or changed): what was spent stays, and is zero before anything was. */
    BudgetState budgeted(Money budget, List<Integer> thresholds) {
        Money spent = actual != null ? actual : new Money(BigDecimal.ZERO, budget.currency());
        return new BudgetState(department, period, budget, spent, List.copyOf(thresholds), crossed).rearmed();
    }

    BudgetState spent(Money actual) {
        return new BudgetState(department, period, budget, actual, thresholds, crossed).rearmed();
    }

    BudgetState crossed(int threshold) {
        TreeSet<Integer> crossed = new TreeSet<>(this.crossed);
        crossed.add(threshold);
        return new BudgetState(department, period, budget, actual, thresholds, List.copyOf(crossed));
    }

    /**
     * Without the crossings the actuals are no longer at, mirroring the aggregate so a later crossing shows again
     * (all of them kept while there is no budget).
     */
    private BudgetState rearmed() {
        if (budget == null) {
            return this;
        }
        List<Integer> still = crossed.stream().filter(thresholds::contains).filter(threshold -> actual.amount()
                .multiply(BigDecimal.valueOf(100)).compareTo(budget.amount().multiply(BigDecimal.valueOf(threshold)))
                >= 0).toList();
        return new BudgetState(department, period, budget, actual, thresholds, still);
    }
}
