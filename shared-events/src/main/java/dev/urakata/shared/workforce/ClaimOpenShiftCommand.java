package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An employee takes a free place on an open shift.
 *
 * @param scheduleId the schedule
 * @param shiftId    the shift
 * @param employeeId the employee claiming it (the caller)
 */
public record ClaimOpenShiftCommand(@TargetAggregateIdentifier ScheduleId scheduleId, ShiftId shiftId,
                                    EmployeeId employeeId) {
}
