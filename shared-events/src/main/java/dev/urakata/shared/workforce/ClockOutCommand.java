package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An employee who clocked in on a shift ends work.
 *
 * @param shiftId    the shift
 * @param employeeId who clocks out
 * @param clockedAt  when
 * @param recordedBy the user who recorded it
 * @param note       why somebody else recorded it; {@code null} when employees clock themselves
 */
public record ClockOutCommand(@TargetAggregateIdentifier ShiftId shiftId, EmployeeId employeeId, Instant clockedAt,
                              String recordedBy, String note) {
}
