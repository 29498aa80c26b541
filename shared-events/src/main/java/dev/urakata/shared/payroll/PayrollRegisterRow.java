package dev.urakata.shared.payroll;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.money.Money;

/**
 * One payslip of a run's latest calculation in the register.
 *
 * @param payslipId             the payslip
 * @param employeeNumber        the employee number
 * @param department            the department the pay is costed to
 * @param gross                 gross pay
 * @param deductions            deductions
 * @param net                   net pay
 * @param employerContributions employer contributions
 */
public record PayrollRegisterRow(PayslipId payslipId, @PersonalData String employeeNumber, String department,
                                 @PersonalData Money gross, @PersonalData Money deductions, @PersonalData Money net,
                                 Money employerContributions) {
}
