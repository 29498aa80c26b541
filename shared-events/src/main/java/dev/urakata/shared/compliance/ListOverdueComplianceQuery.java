package dev.urakata.shared.compliance;

/**
 * Ask for every overdue training and acknowledgement, oldest due date first; answered with an
 * {@link OverdueCompliancePage}.
 *
 * @param page page number from 0
 * @param size page size
 */
public record ListOverdueComplianceQuery(int page, int size) {
}
