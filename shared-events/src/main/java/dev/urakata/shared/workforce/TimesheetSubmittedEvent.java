package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;
import java.util.List;

/**
 * A timesheet was submitted with the shifts and hours computed from attendance.
 *
 * @param timesheetId    the timesheet
 * @param employeeId     the employee
 * @param employeeNumber the employee's number
 * @param period         the month
 * @param shifts         the shifts worked, each with its clock events
 * @param hours          the hours computed from them
 * @param submittedBy    the user who submitted it
 */
@Revision("1")
public record TimesheetSubmittedEvent(TimesheetId timesheetId, EmployeeId employeeId, String employeeNumber,
                                      YearMonth period, List<WorkedShift> shifts, TimesheetHours hours,
                                      String submittedBy) {
    public TimesheetSubmittedEvent {
        shifts = List.copyOf(shifts);
    }
}
