package dev.urakata.shared.payroll;

import org.axonframework.serialization.Revision;

/**
 * A payroll run was submitted for review.
 *
 * @param runId the run
 */
@Revision("1")
public record PayrollRunSubmittedForReviewEvent(PayrollRunId runId) {
}
