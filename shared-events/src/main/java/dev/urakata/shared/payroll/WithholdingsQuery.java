package dev.urakata.shared.payroll;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Ask for the amounts withheld and owed to the authorities per month, counting the latest calculation of every run
 * approved (or later) and a correction run's differences in its period; answered with a {@link WithholdingPage}.
 *
 * @param from first month
 * @param to   last month
 * @param asOf answer as the system knew it at this instant, or {@code null} for now
 * @param page page number from 0
 * @param size page size
 */
public record WithholdingsQuery(YearMonth from, YearMonth to, Instant asOf, int page, int size) {
}
