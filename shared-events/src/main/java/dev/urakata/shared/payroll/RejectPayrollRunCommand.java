package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Send a payroll run in review back to be corrected (by someone other than who calculated it), saying why.
 *
 * @param runId  the run
 * @param reason what is wrong with it (required)
 */
public record RejectPayrollRunCommand(@TargetAggregateIdentifier PayrollRunId runId, String reason) {
}
