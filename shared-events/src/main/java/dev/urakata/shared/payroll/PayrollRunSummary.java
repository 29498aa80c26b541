package dev.urakata.shared.payroll;

import java.time.YearMonth;

/**
 * One payroll run in a list.
 *
 * @param runId         the run
 * @param period        the month
 * @param correctsRunId the run it corrects, or {@code null} for a regular run
 * @param status        its status
 * @param calculation   the latest calculation, or 0 before the first
 * @param calculatedBy  who calculated it, or {@code null}
 * @param approvedBy    who approved it, or {@code null}
 * @param totals        the latest calculation's totals, or {@code null} before the first
 */
public record PayrollRunSummary(PayrollRunId runId, YearMonth period, PayrollRunId correctsRunId,
                                PayrollRunStatus status, int calculation, String calculatedBy, String approvedBy,
                                PayrollRunTotals totals) {
}
