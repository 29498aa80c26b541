package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every number a payroll calculation takes from policy. A sample, not any country's law.
 *
 * @param currency              the currency pay is calculated in
 * @param standardMonthlyHours  hours in a standard month; monthly salary / these = the hourly rate for premiums
 * @param overtimeMultiplier    an overtime hour pays hourly rate x this (1.25 = 125%)
 * @param nightPremiumRate      a night hour adds hourly rate x this on top (0.25 = +25%)
 * @param holidayMultiplier     a holiday hour pays hourly rate x this (1.35 = 135%)
 * @param incomeTaxBrackets     progressive withholding table on monthly taxable pay (gross minus employee social
 *                              contribution), lowest bracket first, the first starting at zero
 * @param socialEmployeeRate    employee social contribution rate on gross pay up to the ceiling
 * @param socialEmployerRate    employer social contribution rate on gross pay up to the ceiling
 * @param socialMonthlyCeiling  gross pay above this bears no social contribution
 */
public record PayPolicyRules(
        String currency,
        BigDecimal standardMonthlyHours,
        BigDecimal overtimeMultiplier,
        BigDecimal nightPremiumRate,
        BigDecimal holidayMultiplier,
        List<TaxBracket> incomeTaxBrackets,
        BigDecimal socialEmployeeRate,
        BigDecimal socialEmployerRate,
        Money socialMonthlyCeiling) {

    public PayPolicyRules {
        incomeTaxBrackets = incomeTaxBrackets == null ? null : List.copyOf(incomeTaxBrackets);
    }
}
