package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take an employee off a shift.
 *
 * @param scheduleId the schedule
 * @param shiftId    the shift
 * @param employeeId the employee, who must be on the shift
 * @param reason     why
 * @param note       free-text remarks, may be {@code null}
 */
public record UnassignEmployeeFromShiftCommand(@TargetAggregateIdentifier ScheduleId scheduleId, ShiftId shiftId,
                                               EmployeeId employeeId, UnassignmentReason reason, String note) {
}
