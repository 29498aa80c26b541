package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/**
 * Submit an employee's timesheet for a calendar month. Its shifts and hours are computed from the employee's
 * completed attendance in that month, not taken from the caller. A rejected timesheet may be submitted again.
 *
 * @param timesheetId    {@link TimesheetId#of(EmployeeId, YearMonth)}
 * @param employeeId     the employee
 * @param employeeNumber the employee's number (a manager may not approve their own timesheet)
 * @param period         the month
 * @param submittedBy    the user who submitted it
 */
public record SubmitTimesheetCommand(@TargetAggregateIdentifier TimesheetId timesheetId, EmployeeId employeeId,
                                     String employeeNumber, YearMonth period, String submittedBy) {
}
