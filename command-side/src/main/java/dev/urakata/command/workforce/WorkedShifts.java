package dev.urakata.command.workforce;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.WorkedShift;

import java.time.YearMonth;
import java.util.List;

/** The shifts an employee clocked in and out of, as timesheets need them. */
public interface WorkedShifts {

    /** The employee's shifts with both a clock-in and a clock-out, clocked in during {@code period} (local time). */
    List<WorkedShift> of(EmployeeId employeeId, YearMonth period);
}
