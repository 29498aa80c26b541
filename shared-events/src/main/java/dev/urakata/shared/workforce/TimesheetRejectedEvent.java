package dev.urakata.shared.workforce;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/**
 * A manager rejected a timesheet; it may be submitted again.
 *
 * @param timesheetId the timesheet
 * @param employeeId  the employee
 * @param period      the month
 * @param rejectedBy  the rejecting user
 * @param reason      why
 */
@Revision("1")
public record TimesheetRejectedEvent(TimesheetId timesheetId, @DataSubject EmployeeId employeeId, YearMonth period,
                                     String rejectedBy, @PersonalData String reason) {
}
