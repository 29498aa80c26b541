package dev.urakata.query.legal;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.legal.LegalCaseKind;
import dev.urakata.shared.legal.LegalCaseStatus;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.util.List;

/**
 * A document of {@code legal_cases}: one case with its status and notes, keyed by case id. A case may be a dispute
 * with an employee, whom its other party, subject, reference and notes name: analysts see kind, status and when it
 * was opened.
 */
public record LegalCaseDocument(
        @Id String id,
        @Meaning("what it is about: `LITIGATION`, `COLLECTION`, `EMPLOYMENT`, `REGULATORY` or `OTHER`")
        LegalCaseKind kind,
        @Meaning(value = "the other party's id in its own context (an employee id in an employment dispute)",
                optional = true, hidden = true) String counterpartyId,
        @Meaning(value = "a one-line summary", hidden = true) String subject,
        @Meaning(value = "what it started from", optional = true, hidden = true) String reference,
        @Meaning("`OPEN`, `IN_PROGRESS`, `SETTLED`, `WON`, `LOST` or `WITHDRAWN`") LegalCaseStatus status,
        @Meaning("when it was opened") Instant openedAt,
        @Meaning(value = "its notes and status changes, each with when, who and the text", hidden = true)
        List<Note> notes,
        @Meaning("the case's last event applied (for idempotency)") long lastSequence) {

    /** One note of a case. */
    public record Note(Instant recordedAt, String user, String text) {
    }
}
