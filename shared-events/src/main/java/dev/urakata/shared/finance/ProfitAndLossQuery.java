package dev.urakata.shared.finance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ask for the profit and loss statement of a period; answered with a {@link ProfitAndLoss}.
 *
 * @param from first posting date included
 * @param to   last posting date included
 * @param asOf only entries recorded at or before this instant; {@code null} means now
 */
public record ProfitAndLossQuery(LocalDate from, LocalDate to, Instant asOf) {
}
