package dev.urakata.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a legal case. Opening the same case id again with the same facts records nothing, so a process that
 * redelivers its request does no harm; different facts under an existing id are refused.
 *
 * @param caseId         the new case's id
 * @param kind           what the case is about
 * @param counterpartyId the other party's id in its own context (customer, supplier or employee id), may be
 *                       {@code null}
 * @param subject        a one-line summary
 * @param reference      what it started from, for example an invoice id; may be {@code null}
 */
public record OpenLegalCaseCommand(@TargetAggregateIdentifier LegalCaseId caseId, LegalCaseKind kind,
                                   String counterpartyId, String subject, String reference) {
}
