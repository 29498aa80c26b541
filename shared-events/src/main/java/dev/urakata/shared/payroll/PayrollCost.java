package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;

import java.time.YearMonth;

/**
 * Payroll cost of one department in one month: an aggregate without personal data.
 *
 * @param period                the month
 * @param department            the department
 * @param gross                 gross pay
 * @param employerContributions employer contributions
 * @param totalCost             gross plus employer contributions
 * @param headcount             distinct employees paid
 */
public record PayrollCost(YearMonth period, String department, Money gross, Money employerContributions,
                          Money totalCost, int headcount) {
}
