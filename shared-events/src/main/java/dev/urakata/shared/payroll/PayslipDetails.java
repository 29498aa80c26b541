package dev.urakata.shared.payroll;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One payslip as its latest calculation shows it.
 *
 * @param payslipId             the payslip
 * @param runId                 its run
 * @param runStatus             the run's status
 * @param correctsRunId         on a correction run, the run it corrects; else {@code null}
 * @param correctsPayslipId     on a correction run, the payslip whose figures this one's are the difference to
 * @param calculation           the calculation shown, from 1
 * @param calculatedAt          when that calculation was recorded
 * @param employeeId            the employee
 * @param employeeNumber        the employee number
 * @param department            the department the pay is costed to
 * @param period                the month
 * @param lines                 every line
 * @param gross                 sum of earnings
 * @param deductions            sum of deductions
 * @param net                   gross minus deductions
 * @param employerContributions sum of employer contributions
 * @param incomeTax             income tax withheld (a deduction line)
 * @param socialContributions   employee social contributions withheld (a deduction line)
 * @param yearToDate            the employee's year-to-date figures through this period
 */
public record PayslipDetails(PayslipId payslipId, PayrollRunId runId, PayrollRunStatus runStatus,
                             PayrollRunId correctsRunId, PayslipId correctsPayslipId, int calculation,
                             Instant calculatedAt, EmployeeId employeeId, @PersonalData String employeeNumber,
                             String department, YearMonth period, @PersonalData List<PayslipLine> lines,
                             @PersonalData Money gross, @PersonalData Money deductions, @PersonalData Money net,
                             Money employerContributions, Money incomeTax, Money socialContributions,
                             PayslipYearToDate yearToDate) {
    public PayslipDetails {
        lines = List.copyOf(lines);
    }
}
