package dev.urakata.command.workforce;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The settings of time tracking, timesheets and leave, under {@code urakata.workforce}. They belong to the
 * workforce context's rules, not to the infrastructure, so they live beside it rather than in axon-config.
 *
 * @param graceMinutes       minutes after a shift's start before it counts as missed if nobody has clocked in
 * @param annualVacationDays yearly vacation quota of a new leave account, accrued one twelfth a month
 * @param leaveOverBalance   what a vacation request beyond the balance gets: refused (422) or accepted and flagged
 * @param publicHolidays     public holidays: holiday hours on timesheets, and not working days of leave
 * @param leaveTimeZone      the zone in which monthly accruals fall due (at midnight on the first of the month)
 */
@ConfigurationProperties(prefix = "urakata.workforce")
public record WorkforceTimeSettings(
        @DefaultValue("15") int graceMinutes,
        @DefaultValue("20") BigDecimal annualVacationDays,
        @DefaultValue("REFUSE") OverBalance leaveOverBalance,
        @DefaultValue List<LocalDate> publicHolidays,
        @DefaultValue("UTC") ZoneId leaveTimeZone) {

    public WorkforceTimeSettings {
        publicHolidays = publicHolidays == null ? List.of() : List.copyOf(publicHolidays);
    }

    /** The defaults, for tests. */
    public static WorkforceTimeSettings defaults() {
        return new WorkforceTimeSettings(15, new BigDecimal("20"), OverBalance.REFUSE, List.of(), ZoneId.of("UTC"));
    }

    /** The public holidays as a set. */
    public Set<LocalDate> holidays() {
        return Set.copyOf(publicHolidays);
    }

    /** What happens to a vacation request for more days than the balance holds. */
    public enum OverBalance {
        /** Refused with 422 {@code LEAVE_OVER_BALANCE}. */
        REFUSE,
        /** Accepted and marked {@code overBalance}; approving it takes the balance below zero. */
        FLAG
    }
}
