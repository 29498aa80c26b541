package dev.urakata.shared.legal;

import java.time.Instant;
import java.util.List;

/**
 * A legal case as the legal read model shows it.
 *
 * @param caseId         the case
 * @param kind           what it is about
 * @param counterpartyId the other party, may be {@code null}
 * @param subject        a one-line summary
 * @param reference      what it started from, may be {@code null}
 * @param status         where it is
 * @param openedAt       when it was opened
 * @param notes          its notes, oldest first
 */
public record LegalCaseSummary(LegalCaseId caseId, LegalCaseKind kind, String counterpartyId, String subject,
                               String reference, LegalCaseStatus status, Instant openedAt, List<LegalCaseNote> notes) {
    public LegalCaseSummary {
        notes = List.copyOf(notes);
    }
}
