package dev.urakata.shared.payroll;

import java.time.Instant;

/**
 * Ask for the payroll register of a run; answered with a {@link PayrollRegister}, or nothing when the run is
 * unknown (or was not yet opened at {@code asOf}).
 *
 * @param runId the run
 * @param asOf  answer as the system knew it at this instant, or {@code null} for now
 */
public record FindPayrollRegisterQuery(PayrollRunId runId, Instant asOf) {
}
