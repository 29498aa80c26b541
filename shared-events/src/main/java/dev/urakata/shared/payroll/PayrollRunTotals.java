package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;

/**
 * The totals of one calculation of a run, as the run recorded them.
 *
 * @param payslips              number of payslips
 * @param gross                 total gross
 * @param deductions            total deductions
 * @param net                   total net
 * @param employerContributions total employer contributions
 * @param incomeTax             total income tax withheld
 * @param socialContributions   total employee social contributions withheld
 */
public record PayrollRunTotals(int payslips, Money gross, Money deductions, Money net, Money employerContributions,
                               Money incomeTax, Money socialContributions) {
}
