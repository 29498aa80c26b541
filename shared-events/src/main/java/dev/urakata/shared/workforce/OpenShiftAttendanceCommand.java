package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Start tracking attendance for a published shift (sent by the workforce context itself when a shift is
 * published). Opening an attendance that is already open changes nothing, so a redelivered publication is harmless.
 *
 * @param shiftId      the shift
 * @param scheduleId   its schedule
 * @param timeZone     the schedule's time zone (IANA id)
 * @param start        local start
 * @param end          local end
 * @param roster       the employees assigned at publication
 * @param graceMinutes how long after the start the shift counts as missed if nobody has clocked in
 */
public record OpenShiftAttendanceCommand(@TargetAggregateIdentifier ShiftId shiftId, ScheduleId scheduleId,
                                         String timeZone, LocalDateTime start, LocalDateTime end,
                                         List<EmployeeId> roster, int graceMinutes) {
    public OpenShiftAttendanceCommand {
        roster = List.copyOf(roster);
    }
}
