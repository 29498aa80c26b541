package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Assets, liabilities and equity at the end of a day, per currency. Equity includes the earnings to date (revenue
 * minus expenses not yet closed to retained earnings), so assets = liabilities + equity.
 *
 * @param at                         entries posted on or before this date
 * @param asOf                       entries recorded at or before this instant ({@code null}: now)
 * @param assets                     asset accounts, as debits minus credits
 * @param liabilities                liability accounts, as credits minus debits
 * @param equity                     equity accounts and the earnings to date, as credits minus debits
 * @param totalAssets                per currency
 * @param totalLiabilitiesAndEquity  per currency
 */
public record BalanceSheet(LocalDate at, Instant asOf, List<StatementLine> assets, List<StatementLine> liabilities,
                           List<StatementLine> equity, List<Money> totalAssets,
                           List<Money> totalLiabilitiesAndEquity) {
    public BalanceSheet {
        assets = List.copyOf(assets);
        liabilities = List.copyOf(liabilities);
        equity = List.copyOf(equity);
        totalAssets = List.copyOf(totalAssets);
        totalLiabilitiesAndEquity = List.copyOf(totalLiabilitiesAndEquity);
    }
}
