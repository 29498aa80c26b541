package dev.urakata.shared.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * One shift of one employee, as the labour rules see it.
 *
 * @param shiftId          the shift
 * @param start            local start
 * @param end              local end, after {@code start}
 * @param timeZone         the IANA zone {@code start} and {@code end} are in (durations are real elapsed time, so a
 *                         night shift across a daylight saving change counts the hours actually worked)
 * @param overtimeApproved whether a manager approved this assignment going over the weekly hours limit
 */
public record PlannedShift(ShiftId shiftId, LocalDateTime start, LocalDateTime end, String timeZone,
                           boolean overtimeApproved) {

    /** The real start. */
    public Instant startInstant() {
        return start.atZone(ZoneId.of(timeZone)).toInstant();
    }

    /** The real end. */
    public Instant endInstant() {
        return end.atZone(ZoneId.of(timeZone)).toInstant();
    }

    /** Elapsed minutes. */
    public long minutes() {
        return Duration.between(startInstant(), endInstant()).toMinutes();
    }

    /** The ISO week of the start day, for example {@code 2026-W15}. */
    public String isoWeek() {
        return "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Whether the two shifts share any moment. */
    public boolean overlaps(PlannedShift other) {
        return startInstant().isBefore(other.endInstant()) && other.startInstant().isBefore(endInstant());
    }
}
