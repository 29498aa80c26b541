package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Mark a payroll run as paid.
 *
 * @param runId the run
 * @param paymentDate the day net pay is transferred
 */
public record PayPayrollRunCommand(@TargetAggregateIdentifier PayrollRunId runId, LocalDate paymentDate) {
}
