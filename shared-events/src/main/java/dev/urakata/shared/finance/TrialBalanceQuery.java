package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ask for the trial balance: every account's debits, credits and balance; answered with a {@link TrialBalance}.
 *
 * @param to   only entries posted on or before this date; {@code null} means all
 * @param asOf only entries recorded at or before this instant; {@code null} means now
 */
public record TrialBalanceQuery(LocalDate to, Instant asOf) {
}
