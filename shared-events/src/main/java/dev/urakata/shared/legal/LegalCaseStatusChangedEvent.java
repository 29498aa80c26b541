package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

/**
 * A legal case moved on.
 *
 * @param caseId the case
 * @param from   the status before
 * @param to     the status after
 * @param note   why, may be {@code null}
 */
@Revision("1")
public record LegalCaseStatusChangedEvent(LegalCaseId caseId, LegalCaseStatus from, LegalCaseStatus to,
                                          String note) {
}
