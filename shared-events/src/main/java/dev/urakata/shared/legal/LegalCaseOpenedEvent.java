package dev.urakata.shared.legal;

import org.axonframework.serialization.Revision;

/**
 * A legal case was opened.
 *
 * @param caseId         the case
 * @param kind           what the case is about
 * @param counterpartyId the other party's id in its own context, may be {@code null}
 * @param subject        a one-line summary
 * @param reference      what it started from, may be {@code null}
 */
@Revision("1")
public record LegalCaseOpenedEvent(LegalCaseId caseId, LegalCaseKind kind, String counterpartyId, String subject,
                                   String reference) {
}
