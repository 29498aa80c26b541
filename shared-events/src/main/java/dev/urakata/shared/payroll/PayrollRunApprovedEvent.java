package dev.urakata.shared.payroll;

import org.axonframework.serialization.Revision;

/**
 * A payroll run was approved (by someone other than who calculated it).
 *
 * @param runId the run
 * @param approvedBy who approved
 */
@Revision("1")
public record PayrollRunApprovedEvent(PayrollRunId runId, String approvedBy) {
}
