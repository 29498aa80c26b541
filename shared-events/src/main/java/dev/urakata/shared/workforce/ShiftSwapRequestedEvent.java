package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * An employee asked to hand a shift over to another employee.
 *
 * @param scheduleId   the schedule
 * @param swapId       the request
 * @param shiftId      the shift
 * @param fromEmployee the employee on the shift
 * @param toEmployee   the employee who would take it over
 */
@Revision("1")
public record ShiftSwapRequestedEvent(ScheduleId scheduleId, SwapId swapId, ShiftId shiftId, EmployeeId fromEmployee,
                                      EmployeeId toEmployee) {
}
