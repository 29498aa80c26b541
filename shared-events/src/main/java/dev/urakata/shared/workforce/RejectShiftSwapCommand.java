package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reject a requested swap.
 *
 * @param scheduleId the schedule
 * @param swapId     the request
 * @param reason     why, may be {@code null}
 */
public record RejectShiftSwapCommand(@TargetAggregateIdentifier ScheduleId scheduleId, SwapId swapId, String reason) {
}
