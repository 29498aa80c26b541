package dev.urakata.shared.finance;

import dev.urakata.shared.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Revenue, expenses and the resulting net income of a period, per currency.
 *
 * @param from      first posting date included
 * @param to        last posting date included
 * @param asOf      entries recorded at or before this instant ({@code null}: now)
 * @param revenue   revenue accounts, as credits minus debits
 * @param expenses  expense accounts, as debits minus credits
 * @param netIncome per currency, revenue minus expenses
 */
public record ProfitAndLoss(LocalDate from, LocalDate to, Instant asOf, List<StatementLine> revenue,
                            List<StatementLine> expenses, List<Money> netIncome) {
    public ProfitAndLoss {
        revenue = List.copyOf(revenue);
        expenses = List.copyOf(expenses);
        netIncome = List.copyOf(netIncome);
    }
}
