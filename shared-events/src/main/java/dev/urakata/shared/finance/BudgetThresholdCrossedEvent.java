package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/**
 * A department's actuals for a month reached a threshold percentage of its budget. Announced once per threshold;
 * only if the actuals fall below it again (a raised budget, a lowered payslip) is a later crossing a new one.
 *
 * @param budgetId   the budget
 * @param department the department
 * @param period     the month
 * @param threshold  the percentage reached
 * @param budget     the budget at that moment
 * @param actual     the actuals at that moment
 */
@Revision("1")
public record BudgetThresholdCrossedEvent(BudgetId budgetId, String department, YearMonth period, int threshold,
                                          Money budget, Money actual) {
}
