package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Mark a payroll run as approved (by someone other than who calculated it).
 *
 * @param runId   the run
 * @param comment what the approver wants on record (optional)
 */
public record ApprovePayrollRunCommand(@TargetAggregateIdentifier PayrollRunId runId, String comment) {
}
