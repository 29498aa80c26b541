package dev.urakata.shared.workforce;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A shift with its roster.
 *
 * @param scheduleId        the schedule
 * @param shiftId           the shift
 * @param location          where it is worked
 * @param team              the schedule's team
 * @param timeZone          IANA time zone of start and end
 * @param start             local start
 * @param end               local end
 * @param position          the position worked
 * @param requiredHeadcount how many employees it needs
 * @param assignedCount     how many are on it
 * @param missing           how many more it needs (0 when fully staffed)
 * @param status            planned, published or cancelled
 * @param openForClaims     whether employees may claim its free places
 * @param assigned          the employees on it
 */
public record ShiftView(ScheduleId scheduleId, ShiftId shiftId, String location, String team, String timeZone,
                        LocalDateTime start, LocalDateTime end, String position, int requiredHeadcount,
                        int assignedCount, int missing, ShiftStatus status, boolean openForClaims,
                        List<ShiftAssignee> assigned) {
    public ShiftView {
        assigned = List.copyOf(assigned);
    }
}
