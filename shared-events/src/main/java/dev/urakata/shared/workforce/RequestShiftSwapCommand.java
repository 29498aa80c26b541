package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask to hand a shift over from one employee to another; a manager approves or rejects it.
 *
 * @param scheduleId   the schedule
 * @param swapId       the new request
 * @param shiftId      the shift
 * @param fromEmployee the employee on the shift
 * @param toEmployee   the employee who would take it over
 */
public record RequestShiftSwapCommand(@TargetAggregateIdentifier ScheduleId scheduleId, SwapId swapId, ShiftId shiftId,
                                      EmployeeId fromEmployee, EmployeeId toEmployee) {
}
