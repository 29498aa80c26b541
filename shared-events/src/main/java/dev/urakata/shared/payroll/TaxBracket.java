package dev.urakata.shared.payroll;

import java.math.BigDecimal;

/**
 * One band of a progressive income-tax table: the marginal rate applies to monthly taxable pay from {@code from}
 * up to the next bracket's {@code from}.
 *
 * @param from lower bound of the band, in the policy's currency, per month
 * @param rate marginal rate as a fraction (0.20 is 20%)
 */
public record TaxBracket(BigDecimal from, BigDecimal rate) {
}
