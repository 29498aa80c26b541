package dev.urakata.shared.legal;

import java.time.Instant;

/**
 * One step in a contract's life.
 *
 * @param recordedAt when it was recorded
 * @param event      the event's name, for example {@code ContractSignedEvent}
 * @param user       who did it, {@code null} for a deadline
 * @param detail     a human-readable summary
 */
public record ContractHistoryEntry(Instant recordedAt, String event, String user, String detail) {
}
