package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The trial balance: one row per account and currency, and per currency the total debits and credits, which are
 * equal whenever every entry balanced.
 *
 * @param to       entries posted on or before this date ({@code null}: all)
 * @param asOf     entries recorded at or before this instant ({@code null}: now)
 * @param rows     the accounts with any posting, in account order
 * @param totals   per currency, total debits and credits
 * @param balanced whether debits equal credits in every currency
 */
public record TrialBalance(LocalDate to, Instant asOf, List<TrialBalanceRow> rows, List<CurrencyTotals> totals,
                           boolean balanced) {
    public TrialBalance {
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }
}
