package dev.urakata.shared.payroll;

import java.time.Instant;

/**
 * Ask how every figure of a payslip's latest calculation came about; answered with a {@link PayslipExplanation},
 * or nothing when the payslip is unknown.
 *
 * @param payslipId the payslip
 * @param asOf      answer as the system knew it at this instant, or {@code null} for now
 */
public record ExplainPayslipQuery(PayslipId payslipId, Instant asOf) {
}
