package dev.urakata.shared.payroll;

import java.time.Instant;

/**
 * Ask for one payslip as its latest calculation shows it, with the employee's year-to-date figures; answered
 * with a {@link PayslipDetails}, or nothing when the payslip is unknown (or was not yet calculated at {@code asOf}).
 *
 * @param payslipId the payslip
 * @param asOf      answer as the system knew it at this instant, or {@code null} for now
 */
public record FindPayslipQuery(PayslipId payslipId, Instant asOf) {
}
