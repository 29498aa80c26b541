package dev.urakata.shared.compliance;

import java.time.LocalDate;

/**
 * One requested policy acknowledgement of an employee.
 *
 * @param policyCode     the policy
 * @param version        the version
 * @param dueDate        the last day to acknowledge it
 * @param state          pending, done or overdue
 * @param acknowledgedOn the day of acknowledgement, {@code null} before
 */
public record AcknowledgementStatus(String policyCode, int version, LocalDate dueDate, ComplianceItemState state,
                                    LocalDate acknowledgedOn) {
}
