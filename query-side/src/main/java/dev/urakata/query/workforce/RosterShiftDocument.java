package dev.urakata.query.workforce;

import dev.urakata.query.readmodel.Meaning;
import dev.urakata.shared.workforce.ShiftAddedEvent;
import dev.urakata.shared.workforce.ShiftStatus;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of {@code workforce_roster_shifts}: one shift with the employees on it, keyed by shift id. Start and
 * end are wall-clock times in the shift's time zone, stored as ISO text ({@code 2026-04-06T09:00}), which has no
 * type of its own in the storage rule. The counts are stored, not computed in queries: see
 * {@link ShiftRosterProjection}.
 */
public record RosterShiftDocument(
        @Id String id,
        @Meaning("the schedule the shift belongs to") String scheduleId,
        @Meaning(value = "where the shift is worked", optional = true) String location,
        @Meaning(value = "the team the schedule is for", optional = true) String team,
        @Meaning(value = "the time zone of the location", optional = true) String timeZone,
        @Meaning("when the shift starts, local time (ISO text)") String start,
        @Meaning("when the shift ends, local time (ISO text)") String end,
        @Meaning("the day the shift starts, local time") LocalDate day,
        @Meaning("the position to fill") String position,
        @Meaning("how many employees the shift needs") int requiredHeadcount,
        @Meaning("the employees on the shift") List<Assignee> assigned,
        @Meaning("how many employees are on the shift") int assignedCount,
        @Meaning("how many employees the shift still needs (none once cancelled)") int missing,
        @Meaning("PLANNED, PUBLISHED or CANCELLED") String status,
        @Meaning("whether employees may claim the shift") boolean openForClaims,
        @Meaning("the schedule's last event applied (for idempotency)") long lastSequence) {

    /** An employee on a shift and how they came to be on it. */
    public record Assignee(
            @Meaning("the employee") String employeeId,
            @Meaning("PLANNED, CLAIMED or SWAP") String source,
            @Meaning("whether overtime on this shift was approved") boolean overtimeApproved) {
    }

    /** A shift just added: planned, nobody on it yet. */
    static RosterShiftDocument added(ShiftAddedEvent event, RosterScheduleDocument schedule, long sequence) {
        return new RosterShiftDocument(event.shiftId().value(), event.scheduleId().value(),
                schedule == null ? null : schedule.location(), schedule == null ? null : schedule.team(),
                schedule == null ? null : schedule.timeZone(), event.start().toString(), event.end().toString(),
                event.start().toLocalDate(), event.position(), event.requiredHeadcount(), List.of(), 0,
                event.requiredHeadcount(), ShiftStatus.PLANNED.name(), false, sequence);
    }

    RosterShiftDocument withStatus(ShiftStatus status) {
        return changed(status, openForClaims, assigned);
    }

    RosterShiftDocument openedForClaims() {
        return changed(shiftStatus(), true, assigned);
    }

    RosterShiftDocument withAssignee(Assignee assignee) {
        List<Assignee> more = new ArrayList<>(assigned);
        more.add(assignee);
        return changed(shiftStatus(), openForClaims, more);
    }

    RosterShiftDocument withoutAssignee(String employeeId) {
        return changed(shiftStatus(), openForClaims,
                assigned.stream().filter(assignee -> !assignee.employeeId().equals(employeeId)).toList());
    }

    /** This shift having applied the event of {@code sequence}. */
    RosterShiftDocument appliedUpTo(long sequence) {
        return new RosterShiftDocument(id, scheduleId, location, team, timeZone, start, end, day, position,
                requiredHeadcount, assigned, assignedCount, missing, status, openForClaims, sequence);
    }

    ShiftStatus shiftStatus() {
        return ShiftStatus.valueOf(status);
    }

    /** This shift changed, with its employees counted again (a cancelled shift misses nobody). */
    private RosterShiftDocument changed(ShiftStatus status, boolean openForClaims, List<Assignee> assigned) {
        int missing = status == ShiftStatus.CANCELLED ? 0 : Math.max(0, requiredHeadcount - assigned.size());
        return new RosterShiftDocument(id, scheduleId, location, team, timeZone, start, end, day, position,
                requiredHeadcount, List.copyOf(assigned), assigned.size(), missing, status.name(), openForClaims,
                lastSequence);
    }
}
