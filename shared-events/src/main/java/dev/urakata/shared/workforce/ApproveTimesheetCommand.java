package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A manager approves a submitted timesheet.
 *
 * @param timesheetId            the timesheet
 * @param approvedBy             the approving user
 * @param approverEmployeeNumber the approver's own employee number, to refuse approving one's own timesheet
 */
public record ApproveTimesheetCommand(@TargetAggregateIdentifier TimesheetId timesheetId, String approvedBy,
                                      String approverEmployeeNumber) {
}
