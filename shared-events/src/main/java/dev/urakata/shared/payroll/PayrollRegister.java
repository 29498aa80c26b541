package dev.urakata.shared.payroll;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The payroll register of a run: its status, its latest calculation's totals and one row per payslip.
 *
 * @param runId            the run
 * @param status           its status
 * @param period           the month
 * @param correctsRunId    the run it corrects, or {@code null} for a regular run
 * @param policyId         the pay policy it calculates with
 * @param calculation      the latest calculation, or 0 before the first
 * @param calculatedBy     who calculated it, or {@code null}
 * @param approvedBy       who approved it, or {@code null}
 * @param paymentDate      the day it was paid, or {@code null}
 * @param totals           the totals the run recorded for that calculation, or {@code null} before the first
 * @param rows             one row per payslip of that calculation, by employee number
 * @param totalsMatchRows  whether every total (and the payslip count) equals the sum of the rows, to the cent
 */
public record PayrollRegister(PayrollRunId runId, PayrollRunStatus status, YearMonth period,
                              PayrollRunId correctsRunId, PayPolicyId policyId, int calculation, String calculatedBy,
                              String approvedBy, LocalDate paymentDate, PayrollRunTotals totals,
                              List<PayrollRegisterRow> rows, boolean totalsMatchRows) {
    public PayrollRegister {
        rows = List.copyOf(rows);
    }
}
