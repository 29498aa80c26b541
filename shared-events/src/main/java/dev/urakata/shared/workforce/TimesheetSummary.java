package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.time.YearMonth;
import java.util.List;

/**
 * A timesheet with its hours, the shifts they come from and who decided.
 *
 * @param timesheetId the timesheet
 * @param employeeId  the employee
 * @param period      the month
 * @param status      submitted, approved or rejected
 * @param hours       the hours
 * @param shifts      the shifts worked with their clock events
 * @param submittedBy who submitted it (last)
 * @param decidedBy   who approved or rejected it, {@code null} while submitted
 * @param reason      why it was rejected, {@code null} otherwise
 */
public record TimesheetSummary(TimesheetId timesheetId, EmployeeId employeeId, YearMonth period,
                               TimesheetStatus status, TimesheetHours hours, List<WorkedShift> shifts,
                               String submittedBy, String decidedBy, String reason) {
    public TimesheetSummary {
        shifts = List.copyOf(shifts);
    }
}
