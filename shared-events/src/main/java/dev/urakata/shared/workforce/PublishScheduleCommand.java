package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publish a schedule: its shifts become binding.
 *
 * @param scheduleId the schedule
 */
public record PublishScheduleCommand(@TargetAggregateIdentifier ScheduleId scheduleId) {
}
