package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A schedule was created.
 *
 * @param scheduleId the schedule
 * @param location   where it is worked
 * @param team       whose plan it is
 * @param firstDay   first day of the period
 * @param lastDay    last day of the period (inclusive)
 * @param timeZone   IANA time zone of the location
 */
@Revision("1")
public record ScheduleCreatedEvent(ScheduleId scheduleId, String location, String team, LocalDate firstDay,
                                   LocalDate lastDay, String timeZone) {
}
