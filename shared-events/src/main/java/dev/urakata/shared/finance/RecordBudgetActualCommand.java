package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/**
 * Record what one source (a payslip, an expense claim) costs a department in a month. The amount of a source
 * replaces what was recorded for it before, and only a newer {@code sourceVersion} does: so a redelivered source
 * counts once and a recalculated payslip counts with its latest figures.
 *
 * @param budgetId      {@link BudgetId#of(String, YearMonth) derived} from department and period
 * @param department    the department
 * @param period        the month
 * @param source        the kind of source
 * @param sourceId      the source's stable key (payslip id, claim id)
 * @param sourceVersion the source's version (a payslip's calculation number; 1 for a claim)
 * @param sourceEventId the id of the event that carried the figure, for tracing
 * @param amount        the source's cost; may be negative (a correction that lowers pay)
 */
public record RecordBudgetActualCommand(@TargetAggregateIdentifier BudgetId budgetId, String department,
                                        YearMonth period, BudgetActualSource source, String sourceId,
                                        long sourceVersion, String sourceEventId, Money amount) {
}
