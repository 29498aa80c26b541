package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Approve a requested swap: the employee leaves the shift and the other takes it over.
 *
 * @param scheduleId       the schedule
 * @param swapId           the request
 * @param overtimeApproved the manager approves the new employee going over the weekly hours limit
 */
public record ApproveShiftSwapCommand(@TargetAggregateIdentifier ScheduleId scheduleId, SwapId swapId,
                                      boolean overtimeApproved) {
}
