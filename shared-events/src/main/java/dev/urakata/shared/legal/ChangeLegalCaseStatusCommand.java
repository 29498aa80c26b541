package dev.urakata.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Move a case on: OPEN to IN_PROGRESS, or either of them to SETTLED, WON, LOST or WITHDRAWN.
 *
 * @param caseId the case
 * @param status the new status
 * @param note   why, may be {@code null}
 */
public record ChangeLegalCaseStatusCommand(@TargetAggregateIdentifier LegalCaseId caseId, LegalCaseStatus status,
                                           String note) {
}
