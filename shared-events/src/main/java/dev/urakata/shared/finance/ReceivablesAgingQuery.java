package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ask for the receivables aging at a date; answered with a {@link ReceivablesAging}.
 *
 * @param at   the date the ages are measured at (and settlements on or before it count)
 * @param asOf as the system knew it at this instant; {@code null} means now
 */
public record ReceivablesAgingQuery(LocalDate at, Instant asOf) {
}
