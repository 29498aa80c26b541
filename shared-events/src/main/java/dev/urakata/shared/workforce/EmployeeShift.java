package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.time.LocalDateTime;

/**
 * One employee's place on one shift.
 *
 * @param employeeId       the employee
 * @param scheduleId       the schedule
 * @param shiftId          the shift
 * @param location         where it is worked
 * @param position         the position worked
 * @param timeZone         IANA time zone of start and end
 * @param start            local start
 * @param end              local end
 * @param source           planned, claimed or swapped in
 * @param overtimeApproved whether a manager approved overtime for it
 * @param status           planned, published or cancelled
 */
public record EmployeeShift(EmployeeId employeeId, ScheduleId scheduleId, ShiftId shiftId, String location,
                            String position, String timeZone, LocalDateTime start, LocalDateTime end,
                            AssignmentSource source, boolean overtimeApproved, ShiftStatus status) {
}
