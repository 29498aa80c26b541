package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * A swap was approved; the {@link EmployeeUnassignedFromShiftEvent} and {@link EmployeeAssignedToShiftEvent} (both
 * with reason/source SWAP) that carry it out follow.
 *
 * @param scheduleId   the schedule
 * @param swapId       the request
 * @param shiftId      the shift
 * @param fromEmployee the employee who leaves the shift
 * @param toEmployee   the employee who takes it over
 */
@Revision("1")
public record ShiftSwapApprovedEvent(ScheduleId scheduleId, SwapId swapId, ShiftId shiftId, EmployeeId fromEmployee,
                                     EmployeeId toEmployee) {
}
