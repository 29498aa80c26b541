package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

/**
 * One account's figure in a financial statement, signed the way the statement reads it.
 *
 * @param account the account code
 * @param name    the account's name
 * @param amount  the figure
 */
public record StatementLine(String account, String name, Money amount) {
}
