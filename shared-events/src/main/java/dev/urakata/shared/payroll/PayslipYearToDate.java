package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;

import java.time.YearMonth;

/**
 * An employee's year-to-date pay: the latest calculation of every payslip of an approved (or paid, or closed) run
 * of the calendar year up to and including {@code through}, regular runs plus correction differences.
 *
 * @param year                the calendar year
 * @param through             the last month counted
 * @param payslips            how many payslips were counted
 * @param gross               gross pay
 * @param deductions          deductions
 * @param net                 net pay
 * @param incomeTax           income tax withheld
 * @param socialContributions employee social contributions withheld
 */
public record PayslipYearToDate(int year, YearMonth through, int payslips, Money gross, Money deductions, Money net,
                                Money incomeTax, Money socialContributions) {
}
