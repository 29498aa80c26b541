package dev.urakata.shared.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.urakata.shared.Identifiers;
import dev.urakata.shared.hr.EmployeeId;

import java.time.YearMonth;

/**
 * Identifies one employee's timesheet for one pay period; appears in JSON as a plain string. There is one
 * timesheet per employee and calendar month, so the id is derived from both: a second submission for the same
 * month reaches the same timesheet instead of creating another.
 *
 * @param value the identifier (see {@link Identifiers})
 */
public record TimesheetId(@JsonValue String value) {

    @JsonCreator
    public TimesheetId {
        Identifiers.require(value, "timesheet id");
    }

    /** The timesheet of {@code employeeId} for {@code period}. */
    public static TimesheetId of(EmployeeId employeeId, YearMonth period) {
        return new TimesheetId("ts-" + employeeId.value() + "-" + period);
    }

    @Override
    public String toString() {
        return value;
    }
}
