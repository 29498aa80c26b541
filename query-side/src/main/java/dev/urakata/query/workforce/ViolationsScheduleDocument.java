package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

/** A document of {@code workforce_violations_schedules}: the time zone of a schedule's shifts, keyed by its id. */
public record ViolationsScheduleDocument(
        @Id String id,
        @Meaning("the time zone of the schedule's location") String timeZone) {
}
