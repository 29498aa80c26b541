package dev.urakata.shared.workforce;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

/**
 * An employee was taken off a shift.
 *
 * @param scheduleId the schedule
 * @param shiftId    the shift
 * @param employeeId the employee
 * @param reason     why
 * @param note       free-text remarks, may be {@code null}
 */
@Revision("1")
public record EmployeeUnassignedFromShiftEvent(ScheduleId scheduleId, ShiftId shiftId,
                                               @DataSubject EmployeeId employeeId, UnassignmentReason reason,
                                               @PersonalData String note) {
}
