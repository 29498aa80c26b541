package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A manager rejects a submitted timesheet.
 *
 * @param timesheetId            the timesheet
 * @param rejectedBy             the rejecting user
 * @param approverEmployeeNumber the rejecting user's own employee number
 * @param reason                 why
 */
public record RejectTimesheetCommand(@TargetAggregateIdentifier TimesheetId timesheetId, String rejectedBy,
                                     String approverEmployeeNumber, String reason) {
}
