package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An employee on the roster starts work on a shift.
 *
 * @param shiftId    the shift
 * @param employeeId who clocks in
 * @param clockedAt  when (the moment of the request, or the time a manager records for somebody else)
 * @param recordedBy the user who recorded it
 * @param note       why somebody else recorded it; {@code null} when employees clock themselves
 */
public record ClockInCommand(@TargetAggregateIdentifier ShiftId shiftId, EmployeeId employeeId, Instant clockedAt,
                             String recordedBy, String note) {
}
