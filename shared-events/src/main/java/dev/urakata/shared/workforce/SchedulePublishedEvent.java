package dev.urakata.shared.workforce;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A schedule was published; one {@link ShiftPublishedEvent} per live shift follows it.
 *
 * @param scheduleId the schedule
 * @param location   where it is worked
 * @param team       whose plan it is
 * @param firstDay   first day of the period
 * @param lastDay    last day of the period
 * @param shifts     how many shifts were published
 */
@Revision("1")
public record SchedulePublishedEvent(ScheduleId scheduleId, String location, String team, LocalDate firstDay,
                                     LocalDate lastDay, int shifts) {
}
