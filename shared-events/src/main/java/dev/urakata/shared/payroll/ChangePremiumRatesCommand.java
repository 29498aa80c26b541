package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Change how premium hours are paid from a date.
 *
 * @param policyId             the policy
 * @param effectiveFrom        the first day the new rates apply
 * @param standardMonthlyHours hours in a standard month (monthly salary / these = the hourly rate)
 * @param overtimeMultiplier   an overtime hour pays the hourly rate x this
 * @param nightPremiumRate     a night hour adds the hourly rate x this
 * @param holidayMultiplier    a holiday hour pays the hourly rate x this
 * @param reason               why
 */
public record ChangePremiumRatesCommand(@TargetAggregateIdentifier PayPolicyId policyId, LocalDate effectiveFrom,
                                        BigDecimal standardMonthlyHours, BigDecimal overtimeMultiplier,
                                        BigDecimal nightPremiumRate, BigDecimal holidayMultiplier, String reason) {
}
