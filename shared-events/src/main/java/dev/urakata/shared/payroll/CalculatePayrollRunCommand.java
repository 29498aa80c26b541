package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Calculate (or recalculate, until approved) every payslip of a run from the inputs known now.
 *
 * @param runId the run
 */
public record CalculatePayrollRunCommand(@TargetAggregateIdentifier PayrollRunId runId) {
}
