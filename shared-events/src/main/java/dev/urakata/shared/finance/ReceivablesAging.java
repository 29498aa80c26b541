package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What customers owe, by how many days past due: one row per customer and currency, and totals per currency.
 *
 * @param at     the date the ages are measured at
 * @param asOf   as the system knew it at this instant ({@code null}: now)
 * @param rows   per customer and currency
 * @param totals per currency ({@code customerId} is null)
 */
public record ReceivablesAging(LocalDate at, Instant asOf, List<AgingRow> rows, List<AgingRow> totals) {
    public ReceivablesAging {
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }
}
