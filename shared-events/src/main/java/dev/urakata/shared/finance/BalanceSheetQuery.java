package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ask for the balance sheet at the end of a day; answered with a {@link BalanceSheet}.
 *
 * @param at   entries posted on or before this date
 * @param asOf only entries recorded at or before this instant; {@code null} means now
 */
public record BalanceSheetQuery(LocalDate at, Instant asOf) {
}
