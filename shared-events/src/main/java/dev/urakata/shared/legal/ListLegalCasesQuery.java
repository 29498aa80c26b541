package dev.urakata.shared.legal;

/**
 * Ask for legal cases, answered with a {@link LegalCasePage}, newest first.
 *
 * @param caseId only this case; {@code null} means any
 * @param status only this status; {@code null} means any
 * @param kind   only this kind; {@code null} means any
 * @param page   page number from 0
 * @param size   page size
 */
public record ListLegalCasesQuery(LegalCaseId caseId, LegalCaseStatus status, LegalCaseKind kind, int page,
                                  int size) {
}
