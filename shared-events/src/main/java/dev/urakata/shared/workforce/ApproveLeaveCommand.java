package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A manager or HR approves a leave request.
 *
 * @param accountId              the account
 * @param requestId              the request
 * @param approvedBy             the approving user
 * @param approverEmployeeNumber the approver's own employee number, to refuse approving one's own leave
 */
public record ApproveLeaveCommand(@TargetAggregateIdentifier LeaveAccountId accountId, LeaveRequestId requestId,
                                  String approvedBy, String approverEmployeeNumber) {
}
