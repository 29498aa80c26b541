package dev.urakata.shared.workforce;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Create a schedule: the shifts of one team at one location for a period of at most three months.
 *
 * @param scheduleId the new schedule
 * @param location   where it is worked
 * @param team       whose plan it is
 * @param firstDay   first day of the period
 * @param lastDay    last day of the period (inclusive)
 * @param timeZone   IANA time zone of the location, for example {@code Asia/Tokyo}
 */
public record CreateScheduleCommand(@TargetAggregateIdentifier ScheduleId scheduleId, String location,
                                    String team, LocalDate firstDay, LocalDate lastDay, String timeZone) {
}
