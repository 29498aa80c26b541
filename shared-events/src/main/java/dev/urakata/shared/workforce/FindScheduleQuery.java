package dev.urakata.shared.workforce;

/**
 * Ask for one schedule; answered with an optional {@link ScheduleSummary}.
 *
 * @param scheduleId the schedule
 */
public record FindScheduleQuery(ScheduleId scheduleId) {
}
