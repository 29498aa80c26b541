package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.ShiftId;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A document of {@code workforce_violations_worked}, of one of two kinds: a shift whose attendance opened, keyed
 * {@code shift:<shift id>}, with where and in which zone it is worked; or the time one employee worked on a shift,
 * keyed employee:shift, from clock-in to clock-out, kept to re-judge the time worked when a rule changes.
 */
public record ViolationsWorkedDocument(
        @Id String id,
        @Meaning(value = "the employee (time worked only)", optional = true) String employeeId,
        @Meaning(value = "the shift (time worked only)", optional = true) String shiftId,
        @Meaning(value = "the schedule the shift belongs to", optional = true) String scheduleId,
        @Meaning("the time zone of the shift's location") String timeZone,
        @Meaning(value = "when the employee clocked in (time worked only)", optional = true) Instant clockedInAt,
        @Meaning(value = "when the employee clocked out (time worked only, once out)", optional = true)
        Instant clockedOutAt) {

    /** A shift whose attendance opened. */
    static ViolationsWorkedDocument shift(String shiftId, String scheduleId, String timeZone) {
        return new ViolationsWorkedDocument(shiftKey(shiftId), null, null, scheduleId, timeZone, null, null);
    }

    /** The key of a shift's document. */
    static String shiftKey(String shiftId) {
        return "shift:" + shiftId;
    }

    /** When the employee clocked in, as wall-clock time in the shift's zone. */
    LocalDateTime localClockIn() {
        return LocalDateTime.ofInstant(clockedInAt, ZoneId.of(timeZone));
    }

    /** The time worked as the labour rules judge it (as if it had been planned so). */
    PlannedShift worked() {
        return new PlannedShift(new ShiftId(shiftId), localClockIn(),
                LocalDateTime.ofInstant(clockedOutAt, ZoneId.of(timeZone)), timeZone, false);
    }
}
