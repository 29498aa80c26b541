package dev.urakata.shared.payroll;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;

import java.time.YearMonth;
import java.util.List;

/**
 * How every figure of a payslip came about: each line with its component, rule, policy version, inputs, source
 * event ids and explanation, and the reconciliation of the totals.
 *
 * @param payslipId      the payslip
 * @param runId          its run
 * @param calculation    the calculation explained, from 1
 * @param employeeId     the employee
 * @param period         the month
 * @param lines          every line, in the order the calculation produced them
 * @param reconciliation the arithmetic check of the totals
 */
public record PayslipExplanation(PayslipId payslipId, PayrollRunId runId, int calculation, EmployeeId employeeId,
                                 YearMonth period, @PersonalData List<PayslipLine> lines,
                                 PayslipReconciliation reconciliation) {
    public PayslipExplanation {
        lines = List.copyOf(lines);
    }
}
