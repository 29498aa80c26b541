package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.time.YearMonth;

/**
 * Ask for timesheets, answered with a {@link TimesheetPage}. Filters are optional ({@code null} means "any").
 *
 * @param timesheetId one timesheet
 * @param employeeId  one employee
 * @param period      one month
 * @param status      submitted, approved or rejected
 * @param page        page number from 0
 * @param size        page size
 */
public record ListTimesheetsQuery(TimesheetId timesheetId, EmployeeId employeeId, YearMonth period,
                                  TimesheetStatus status, int page, int size) {
}
