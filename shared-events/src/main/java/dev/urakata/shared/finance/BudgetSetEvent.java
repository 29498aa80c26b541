package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;
import java.util.List;

/**
 * A department's budget for a month was set, or revised.
 *
 * @param budgetId       the budget
 * @param department     the department
 * @param period         the month
 * @param amount         the budget
 * @param thresholds     the percentages whose crossing is announced, ascending
 * @param previousAmount the budget before this revision; {@code null} when it is first set
 * @param setBy          the user who set it
 */
@Revision("1")
public record BudgetSetEvent(BudgetId budgetId, String department, YearMonth period, Money amount,
                             List<Integer> thresholds, Money previousAmount, String setBy) {

    public BudgetSetEvent {
        thresholds = List.copyOf(thresholds);
    }
}
