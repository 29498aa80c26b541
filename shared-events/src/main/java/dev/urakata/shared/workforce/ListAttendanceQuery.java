package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.time.LocalDate;

/**
 * Ask for attendance records, answered with an {@link AttendancePage}: those of one shift, or those of one
 * employee whose shifts start in a range of local days. Filters are optional ({@code null} means "any").
 *
 * @param shiftId    one shift
 * @param employeeId one employee
 * @param from       first local day of the shift start, inclusive
 * @param to         last local day of the shift start, inclusive
 * @param page       page number from 0
 * @param size       page size
 */
public record ListAttendanceQuery(ShiftId shiftId, EmployeeId employeeId, LocalDate from, LocalDate to, int page,
                                  int size) {
}
