package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a correction run for a closed run: it recalculates the same month with what is known now and pays the
 * difference (arrears, or a claw-back when negative).
 *
 * @param runId         the new correction run
 * @param correctsRunId the closed run it corrects
 */
public record OpenCorrectionRunCommand(@TargetAggregateIdentifier PayrollRunId runId, PayrollRunId correctsRunId) {
}
