package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/** A document of {@code workforce_roster_schedules}: one schedule of shifts, keyed by schedule id. */
public record RosterScheduleDocument(
        @Id String id,
        @Meaning("where the schedule's shifts are worked") String location,
        @Meaning("the team the schedule is for") String team,
        @Meaning("the schedule's first day") LocalDate firstDay,
        @Meaning("the schedule's last day") LocalDate lastDay,
        @Meaning("the time zone of the location") String timeZone,
        @Meaning("whether the schedule was published") boolean published) {
}
