package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;
import java.util.List;

/**
 * Set, or revise, the budget of a department for a month. Actuals already recorded are compared with the new
 * amount at once.
 *
 * @param budgetId   {@link BudgetId#of(String, YearMonth) derived} from department and period
 * @param department the department
 * @param period     the month
 * @param amount     the budget, positive; its currency is the budget's for good
 * @param thresholds percentages of the budget (1 to 1000) whose crossing is announced; {@code null} means 80 and 100
 */
public record SetBudgetCommand(@TargetAggregateIdentifier BudgetId budgetId, String department, YearMonth period,
                               Money amount, List<Integer> thresholds) {
}
