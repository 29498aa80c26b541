package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;
import java.util.List;

/**
 * A manager approved a timesheet: every hour here may be paid, and each is traceable to the clock events listed
 * and to this approval.
 *
 * @param timesheetId   the timesheet
 * @param employeeId    the employee
 * @param period        the month
 * @param hours         regular, overtime, night and holiday hours
 * @param clockEventIds the identifiers of every clock-in and clock-out event the hours were computed from
 * @param approvedBy    the approving user
 */
@Revision("1")
public record TimesheetApprovedEvent(TimesheetId timesheetId, EmployeeId employeeId, YearMonth period,
                                     TimesheetHours hours, List<String> clockEventIds, String approvedBy) {
    public TimesheetApprovedEvent {
        clockEventIds = List.copyOf(clockEventIds);
    }
}
