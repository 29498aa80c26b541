package dev.urakata.shared.workforce;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An employee ended work on a shift.
 *
 * @param shiftId                the shift
 * @param employeeId             the employee
 * @param clockedOutAt           when
 * @param earlyDepartureMinutes  whole minutes before the shift's end, 0 when at or after the end
 * @param recordedBy             the user who recorded it
 * @param note                   why somebody else recorded it, may be {@code null}
 */
@Revision("1")
public record EmployeeClockedOutEvent(ShiftId shiftId, @DataSubject EmployeeId employeeId, Instant clockedOutAt,
                                      int earlyDepartureMinutes, String recordedBy, @PersonalData String note) {
}
