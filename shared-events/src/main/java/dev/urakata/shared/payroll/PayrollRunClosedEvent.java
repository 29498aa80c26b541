package dev.urakata.shared.payroll;

import org.axonframework.serialization.Revision;

/**
 * A payroll run was closed; it is never rewritten, only corrected by a correction run.
 *
 * @param runId the run
 */
@Revision("1")
public record PayrollRunClosedEvent(PayrollRunId runId) {
}
