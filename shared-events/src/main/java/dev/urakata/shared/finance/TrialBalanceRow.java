package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

/**
 * One account in one currency in the trial balance.
 *
 * @param account the account code
 * @param name    the account's name
 * @param type    ASSET, LIABILITY, EQUITY, REVENUE or EXPENSE
 * @param debits  sum of its debit lines
 * @param credits sum of its credit lines
 * @param balance debits minus credits (negative: a credit balance)
 */
public record TrialBalanceRow(String account, String name, String type, Money debits, Money credits,
                              Money balance) {
}
