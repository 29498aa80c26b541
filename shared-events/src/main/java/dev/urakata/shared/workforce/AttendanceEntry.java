package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One employee on one shift: when they clocked in and out, how late and how early, and the shift's status.
 *
 * @param shiftId               the shift
 * @param scheduleId            its schedule
 * @param employeeId            the employee
 * @param timeZone              the shift's time zone
 * @param start                 local start
 * @param end                   local end
 * @param shiftStatus           the shift's attendance status (planned, active, completed, missed, cancelled)
 * @param onRoster              whether the employee is (still) on the roster
 * @param clockedInAt           clock-in, {@code null} if none
 * @param lateMinutes           minutes late, {@code null} if not clocked in
 * @param clockedOutAt          clock-out, {@code null} if none
 * @param earlyDepartureMinutes minutes left early, {@code null} if not clocked out
 */
public record AttendanceEntry(ShiftId shiftId, ScheduleId scheduleId, EmployeeId employeeId, String timeZone,
                              LocalDateTime start, LocalDateTime end, AttendanceStatus shiftStatus, boolean onRoster,
                              Instant clockedInAt, Integer lateMinutes, Instant clockedOutAt,
                              Integer earlyDepartureMinutes) {
}
