package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;

/**
 * Add a shift to a schedule; on a published schedule it is published at once.
 *
 * @param scheduleId        the schedule
 * @param shiftId           the new shift, unique across schedules
 * @param start             local start, inside the schedule's period
 * @param end               local end, after start, inside the period
 * @param position          the position worked
 * @param requiredHeadcount how many employees it needs, at least 1
 */
public record AddShiftCommand(@TargetAggregateIdentifier ScheduleId scheduleId, ShiftId shiftId, LocalDateTime start,
                              LocalDateTime end, String position, int requiredHeadcount) {
}
