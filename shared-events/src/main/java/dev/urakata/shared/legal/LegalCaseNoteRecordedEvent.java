package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

/**
 * A note was added to a legal case.
 *
 * @param caseId the case
 * @param note   the note
 */
@Revision("1")
public record LegalCaseNoteRecordedEvent(LegalCaseId caseId, String note) {
}
