package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ask for one account's lines with their running balance, oldest first; answered with an {@link AccountLedgerPage}.
 *
 * @param account  the account code
 * @param currency only lines in this currency; {@code null} means any (running balances are per currency)
 * @param from     only lines posted on or after this date (earlier ones form the opening balance); may be null
 * @param to       only lines posted on or before this date; may be null
 * @param asOf     only lines recorded at or before this instant; {@code null} means now
 * @param page     page number from 0
 * @param size     page size
 */
public record AccountLedgerQuery(String account, String currency, LocalDate from, LocalDate to, Instant asOf,
                                 int page, int size) {
}
