package dev.urakata.shared.workforce;

import java.time.LocalDate;

/**
 * A schedule as the roster shows it.
 *
 * @param scheduleId the schedule
 * @param location   where it is worked
 * @param team       whose plan it is
 * @param firstDay   first day of the period
 * @param lastDay    last day of the period
 * @param timeZone   IANA time zone
 * @param published  whether it was published
 */
public record ScheduleSummary(ScheduleId scheduleId, String location, String team, LocalDate firstDay,
                              LocalDate lastDay, String timeZone, boolean published) {
}
