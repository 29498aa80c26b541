package dev.urakata.shared.workforce;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An employee started work on a shift.
 *
 * @param shiftId     the shift
 * @param employeeId  the employee
 * @param clockedInAt when
 * @param lateMinutes whole minutes after the shift's start, 0 when on time or early
 * @param recordedBy  the user who recorded it (the employee, or a manager recording for them)
 * @param note        why somebody else recorded it, may be {@code null}
 */
@Revision("1")
public record EmployeeClockedInEvent(ShiftId shiftId, @DataSubject EmployeeId employeeId, Instant clockedInAt,
                                     int lateMinutes, String recordedBy, @PersonalData String note) {
}
