package dev.urakata.shared.payroll;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.money.Money;

import java.time.YearMonth;

/**
 * One payslip in a list, as its latest calculation shows it.
 *
 * @param payslipId         the payslip
 * @param runId             its run
 * @param runStatus         the run's status
 * @param correctsPayslipId on a correction run, the payslip it corrects; else {@code null}
 * @param period            the month
 * @param calculation       the calculation shown, from 1
 * @param department        the department the pay is costed to
 * @param gross             gross pay (a difference on a correction)
 * @param deductions        deductions
 * @param net               net pay
 */
public record PayslipSummary(PayslipId payslipId, PayrollRunId runId, PayrollRunStatus runStatus,
                             PayslipId correctsPayslipId, YearMonth period, int calculation, String department,
                             @PersonalData Money gross, @PersonalData Money deductions, @PersonalData Money net) {
}
