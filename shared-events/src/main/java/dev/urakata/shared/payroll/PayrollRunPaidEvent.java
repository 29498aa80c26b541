package dev.urakata.shared.payroll;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A payroll run was paid.
 *
 * @param runId the run
 * @param paymentDate the day net pay was transferred
 */
@Revision("1")
public record PayrollRunPaidEvent(PayrollRunId runId, LocalDate paymentDate) {
}
