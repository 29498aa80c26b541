package dev.urakata.shared.payroll;

import org.axonframework.serialization.Revision;

/**
 * A payroll run was approved (by someone other than who calculated it).
 *
 * @param runId      the run
 * @param approvedBy who approved
 * @param comment    the approver's comment, when given; absent from approvals recorded before comments were taken
 */
@Revision("1")
public record PayrollRunApprovedEvent(PayrollRunId runId, String approvedBy, String comment) {

    /** An approval without a comment. */
    public PayrollRunApprovedEvent(PayrollRunId runId, String approvedBy) {
        this(runId, approvedBy, null);
    }
}
