package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;

import java.time.YearMonth;

/**
 * What was withheld from pay, and what the employer owes on top, in one month: an aggregate without personal data.
 *
 * @param period                      the month
 * @param incomeTax                   income tax withheld
 * @param employeeSocialContributions employee social contributions withheld
 * @param employerSocialContributions employer social contributions
 * @param total                       the sum of the three
 * @param payslips                    how many payslips were counted
 */
public record Withholding(YearMonth period, Money incomeTax, Money employeeSocialContributions,
                          Money employerSocialContributions, Money total, int payslips) {
}
