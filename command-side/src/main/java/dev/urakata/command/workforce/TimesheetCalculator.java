package dev.urakata.command.workforce;

import dev.urakata.shared.workforce.TimesheetHours;
import dev.urakata.shared.workforce.WorkedShift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the shifts an employee worked into timesheet hours. Pure: same shifts, same holidays, same hours.
 *
 * <p>The rules, deliberately simple:
 * <ul>
 *   <li>Worked time runs from clock-in to clock-out, both cut down to the whole minute; no break is deducted.</li>
 *   <li>A shift belongs to the local day (in its own time zone) on which its clock-in falls, even when it runs
 *       past midnight.</li>
 *   <li>Overtime is the worked time beyond 8 hours in a day, plus the remaining (non-overtime) time beyond 40 hours
 *       in an ISO week (Monday to Sunday), counted in day order. Only the shifts given are counted, so a week that
 *       straddles two months counts each month's days on that month's timesheet.</li>
 *   <li>Regular time is worked time minus overtime.</li>
 *   <li>Night time is worked time between 22:00 and 05:00 local; holiday time is worked time on a Sunday or a
 *       listed public holiday (each minute judged by its own local date and time). Both are premiums on top, so
 *       they overlap regular and overtime.</li>
 *   <li>Each figure is summed in exact minutes over the month and converted to hours once: minutes / 60 to two
 *       decimals, half up. Regular is then worked minus overtime in hours, so the two always add up to worked.</li>
 * </ul>
 */
final class TimesheetCalculator {

    static final long DAILY_LIMIT_MINUTES = 8 * 60;
    static final long WEEKLY_LIMIT_MINUTES = 40 * 60;
    static final LocalTime NIGHT_STARTS = LocalTime.of(22, 0);
    static final LocalTime NIGHT_ENDS = LocalTime.of(5, 0);

    private TimesheetCalculator() {
    }

    static TimesheetHours calculate(Collection<WorkedShift> shifts, Set<LocalDate> publicHolidays) {
        long worked = 0;
        long night = 0;
        long holiday = 0;
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (WorkedShift shift : shifts) {
            ZoneId zone = ZoneId.of(shift.timeZone());
            Instant in = shift.clockedInAt().truncatedTo(ChronoUnit.MINUTES);
            Instant out = shift.clockedOutAt().truncatedTo(ChronoUnit.MINUTES);
            long minutes = Math.max(0, ChronoUnit.MINUTES.between(in, out));
            worked += minutes;
            perDay.merge(in.atZone(zone).toLocalDate(), minutes, Long::sum);
            // Minute by minute: at most a day's worth of steps per shift, and exact across midnight and DST changes.
            for (Instant minute = in; minute.isBefore(out); minute = minute.plus(1, ChronoUnit.MINUTES)) {
                ZonedDateTime local = minute.atZone(zone);
                LocalTime time = local.toLocalTime();
                if (!time.isBefore(NIGHT_STARTS) || time.isBefore(NIGHT_ENDS)) {
                    night++;
                }
                if (local.getDayOfWeek() == DayOfWeek.SUNDAY || publicHolidays.contains(local.toLocalDate())) {
                    holiday++;
                }
            }
        }
        long overtime = 0;
        Map<Long, Long> regularPerWeek = new TreeMap<>();
        for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
            long dailyOvertime = Math.max(0, day.getValue() - DAILY_LIMIT_MINUTES);
            long rest = day.getValue() - dailyOvertime;
            long week = day.getKey().get(IsoFields.WEEK_BASED_YEAR) * 100L
                    + day.getKey().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            long before = regularPerWeek.getOrDefault(week, 0L);
            long weeklyOvertime = Math.max(0, before + rest - Math.max(before, WEEKLY_LIMIT_MINUTES));
            regularPerWeek.put(week, before + rest - weeklyOvertime);
            overtime += dailyOvertime + weeklyOvertime;
        }
        BigDecimal workedHours = hours(worked);
        BigDecimal overtimeHours = hours(overtime);
        return new TimesheetHours(workedHours, workedHours.subtract(overtimeHours), overtimeHours, hours(night),
                hours(holiday));
    }

    /** The shifts in the order a reader expects them: by clock-in. */
    static List<WorkedShift> chronological(Collection<WorkedShift> shifts) {
        return shifts.stream().sorted(Comparator.comparing(WorkedShift::clockedInAt)).toList();
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
