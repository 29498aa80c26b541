package dev.urakata.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a note to an open case.
 *
 * @param caseId the case
 * @param note   the note
 */
public record RecordLegalCaseNoteCommand(@TargetAggregateIdentifier LegalCaseId caseId, String note) {
}
