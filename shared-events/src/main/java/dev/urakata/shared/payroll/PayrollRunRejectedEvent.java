package dev.urakata.shared.payroll;

import org.axonframework.serialization.Revision;

/**
 * A payroll run in review was sent back: it is calculated again, or submitted again as it is, before anyone may
 * approve it.
 *
 * @param runId      the run
 * @param rejectedBy who sent it back
 * @param reason     why
 */
@Revision("1")
public record PayrollRunRejectedEvent(PayrollRunId runId, String rejectedBy, String reason) {
}
