package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Mark a payroll run as closed; it is never rewritten, only corrected by a correction run.
 *
 * @param runId the run
 */
public record ClosePayrollRunCommand(@TargetAggregateIdentifier PayrollRunId runId) {
}
