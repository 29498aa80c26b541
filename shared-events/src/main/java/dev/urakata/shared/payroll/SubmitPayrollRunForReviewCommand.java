package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Mark a payroll run as submitted for review.
 *
 * @param runId the run
 */
public record SubmitPayrollRunForReviewCommand(@TargetAggregateIdentifier PayrollRunId runId) {
}
