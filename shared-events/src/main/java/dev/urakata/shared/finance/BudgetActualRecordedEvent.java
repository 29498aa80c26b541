package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/**
 * A source's cost was recorded against a department's budget for a month, replacing what that source counted before.
 *
 * @param budgetId       the budget
 * @param department     the department
 * @param period         the month
 * @param source         the kind of source
 * @param sourceId       the source's key (payslip id, claim id)
 * @param sourceVersion  the source's version now counted
 * @param sourceEventId  the id of the event that carried the figure
 * @param amount         what the source counts now
 * @param previousAmount what it counted before; {@code null} the first time
 * @param actual         the department's actual for the month after this
 */
@Revision("1")
public record BudgetActualRecordedEvent(BudgetId budgetId, String department, YearMonth period,
                                        BudgetActualSource source, String sourceId, long sourceVersion,
                                        String sourceEventId, Money amount, Money previousAmount, Money actual) {
}
