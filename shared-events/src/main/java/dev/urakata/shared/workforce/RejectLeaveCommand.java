package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A manager or HR rejects a leave request.
 *
 * @param accountId              the account
 * @param requestId              the request
 * @param rejectedBy             the rejecting user
 * @param approverEmployeeNumber the rejecting user's own employee number
 * @param reason                 why
 */
public record RejectLeaveCommand(@TargetAggregateIdentifier LeaveAccountId accountId, LeaveRequestId requestId,
                                 String rejectedBy, String approverEmployeeNumber, String reason) {
}
