package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDateTime;

/**
 * An employee was put on a shift.
 *
 * @param scheduleId        the schedule
 * @param shiftId           the shift
 * @param employeeId        the employee
 * @param start             the shift's local start (schedule's time zone)
 * @param end               the shift's local end
 * @param source            planned by a manager, claimed, or taken over in a swap
 * @param overtimeApproved  whether a manager approved this assignment going over the weekly hours limit
 */
@Revision("1")
public record EmployeeAssignedToShiftEvent(ScheduleId scheduleId, ShiftId shiftId, EmployeeId employeeId,
                                           LocalDateTime start, LocalDateTime end, AssignmentSource source,
                                           boolean overtimeApproved) {
}
