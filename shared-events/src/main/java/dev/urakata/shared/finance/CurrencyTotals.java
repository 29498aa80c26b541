package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

/**
 * Total debits and credits in one currency.
 *
 * @param currency ISO 4217 code
 * @param debits   total debits
 * @param credits  total credits
 */
public record CurrencyTotals(String currency, Money debits, Money credits) {
}
