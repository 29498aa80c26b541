package dev.urakata.shared.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;
import java.util.List;

/**
 * One employee's payslip in a run was calculated. Carries its lines with their inputs, so the event alone
 * explains every figure; gross minus deductions equals net to the cent.
 *
 * @param runId                  the run
 * @param payslipId              the payslip (stable across recalculations of the run)
 * @param calculation            which calculation of the run this is, from 1
 * @param employeeId             the employee
 * @param employeeNumber         the employee number
 * @param department             the department the pay is costed to (at the end of the period or the last day)
 * @param period                 the month
 * @param lines                  every line
 * @param gross                  sum of earnings
 * @param deductions             sum of deductions
 * @param net                    gross minus deductions
 * @param employerContributions  sum of employer contributions
 * @param correctsPayslipId      on a correction run, the payslip whose figures this one's lines are the
 *                               difference to; {@code null} on a regular run
 */
@Revision("1")
public record PayslipCalculatedEvent(PayrollRunId runId, PayslipId payslipId, int calculation, EmployeeId employeeId,
                                     String employeeNumber, String department, YearMonth period,
                                     List<PayslipLine> lines, Money gross, Money deductions, Money net,
                                     Money employerContributions, PayslipId correctsPayslipId) {

    public PayslipCalculatedEvent {
        lines = List.copyOf(lines);
    }
}
