package dev.urakata.shared.legal;

import java.time.Instant;

/**
 * A note on a legal case, or the note of a status change.
 *
 * @param recordedAt when
 * @param user       who wrote it
 * @param text       the note
 */
public record LegalCaseNote(Instant recordedAt, String user, String text) {
}
