package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;

/**
 * The arithmetic check of a payslip: each total against the sum of its lines, and gross minus deductions against
 * net, to the cent.
 *
 * @param gross                                the payslip's gross
 * @param sumOfEarningLines                    the sum of its earning lines
 * @param deductions                           the payslip's deductions
 * @param sumOfDeductionLines                  the sum of its deduction lines
 * @param employerContributions                the payslip's employer contributions
 * @param sumOfEmployerContributionLines       the sum of its employer contribution lines
 * @param net                                  the payslip's net
 * @param grossMinusDeductions                 gross minus deductions
 * @param grossEqualsLines                     gross equals the sum of earning lines
 * @param deductionsEqualLines                 deductions equal the sum of deduction lines
 * @param employerContributionsEqualLines      employer contributions equal the sum of their lines
 * @param netEqualsGrossMinusDeductions        net equals gross minus deductions
 * @param balanced                             all four checks hold
 */
public record PayslipReconciliation(Money gross, Money sumOfEarningLines, Money deductions, Money sumOfDeductionLines,
                                    Money employerContributions, Money sumOfEmployerContributionLines, Money net,
                                    Money grossMinusDeductions, boolean grossEqualsLines, boolean deductionsEqualLines,
                                    boolean employerContributionsEqualLines, boolean netEqualsGrossMinusDeductions,
                                    boolean balanced) {
}
