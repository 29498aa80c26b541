package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put an employee on a shift (a manager's plan).
 *
 * @param scheduleId       the schedule
 * @param shiftId          the shift
 * @param employeeId       the employee
 * @param overtimeApproved the manager approves going over the weekly hours limit (policy REQUIRE_APPROVAL)
 */
public record AssignEmployeeToShiftCommand(@TargetAggregateIdentifier ScheduleId scheduleId, ShiftId shiftId,
                                           EmployeeId employeeId, boolean overtimeApproved) {
}
