package dev.urakata.command.workforce;

import dev.urakata.shared.workforce.ShiftId;
import dev.urakata.shared.workforce.TimesheetHours;
import dev.urakata.shared.workforce.WorkedShift;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The timesheet rules on hand-computed cases: night, overtime (daily and weekly), holidays, DST, rounding. */
class TimesheetCalculatorTest {

    private static int counter;

    static WorkedShift shift(String zone, String localIn, String localOut) {
        ZoneId id = ZoneId.of(zone);
        counter++;
        return new WorkedShift(new ShiftId("s" + counter), zone, "in-" + counter,
                LocalDateTime.parse(localIn).atZone(id).toInstant(), "out-" + counter,
                LocalDateTime.parse(localOut).atZone(id).toInstant());
    }

    static TimesheetHours hours(String worked, String regular, String overtime, String night, String holiday) {
        return new TimesheetHours(new BigDecimal(worked), new BigDecimal(regular), new BigDecimal(overtime),
                new BigDecimal(night), new BigDecimal(holiday));
    }

    @Test
    void aFridayNightShiftPastMidnightIsOvertimeAfterEightHoursAndNightFrom22To05() {
        // Fri 21:00 to Sat 07:30 Tokyo: 10h30 worked, all on Friday; 2h30 over 8h; 22:00-05:00 = 7h night.
        assertThat(TimesheetCalculator.calculate(List.of(shift("Asia/Tokyo", "2026-04-03T21:00", "2026-04-04T07:30")),
                Set.of())).isEqualTo(hours("10.50", "8.00", "2.50", "7.00", "0.00"));
    }

    @Test
    void sundayAndPublicHolidayMinutesAreHolidayHours() {
        // Sat 20:00 to Sun 02:00: 6h, of which 22:00-02:00 night (4h) and 00:00-02:00 on Sunday (2h).
        // Wed 29 April is a listed holiday: 09:00-13:00 is 4h holiday.
        assertThat(TimesheetCalculator.calculate(List.of(
                shift("UTC", "2026-04-04T20:00", "2026-04-05T02:00"),
                shift("UTC", "2026-04-29T09:00", "2026-04-29T13:00")), Set.of(LocalDate.of(2026, 4, 29))))
                .isEqualTo(hours("10.00", "10.00", "0.00", "4.00", "6.00"));
    }

    @Test
    void sixEightHourDaysInOneWeekAreEightHoursWeeklyOvertime() {
        List<WorkedShift> week = new ArrayList<>();
        for (int day = 6; day <= 11; day++) { // Monday 6 to Saturday 11 April
            week.add(shift("UTC", "2026-04-%02dT09:00".formatted(day), "2026-04-%02dT17:00".formatted(day)));
        }
        assertThat(TimesheetCalculator.calculate(week, Set.of()))
                .isEqualTo(hours("48.00", "40.00", "8.00", "0.00", "0.00"));
    }

    @Test
    void dailyOvertimeIsNotCountedAgainForTheWeek() {
        List<WorkedShift> week = new ArrayList<>();
        for (int day = 6; day <= 10; day++) { // five 9-hour days: 5h daily overtime, exactly 40h left, no weekly
            week.add(shift("UTC", "2026-04-%02dT09:00".formatted(day), "2026-04-%02dT18:00".formatted(day)));
        }
        week.add(shift("UTC", "2026-04-13T09:00", "2026-04-13T10:00")); // next week's Monday starts afresh
        assertThat(TimesheetCalculator.calculate(week, Set.of()))
                .isEqualTo(hours("46.00", "41.00", "5.00", "0.00", "0.00"));
    }

    @Test
    void twoShiftsOnOneDayAddUpBeforeTheDailyLimit() {
        assertThat(TimesheetCalculator.calculate(List.of(
                shift("UTC", "2026-04-07T06:00", "2026-04-07T11:00"),
                shift("UTC", "2026-04-07T13:00", "2026-04-07T18:30")), Set.of()))
                .isEqualTo(hours("10.50", "8.00", "2.50", "0.00", "0.00"));
    }

    @Test
    void clockTimesAreCutToTheMinuteAndHoursRoundHalfUpToTwoDecimals() {
        // 09:00:59 to 09:20:30 counts 09:00-09:20: 20 minutes = 0.333... -> 0.33.
        assertThat(TimesheetCalculator.calculate(List.of(new WorkedShift(new ShiftId("r"), "UTC", "i",
                Instant.parse("2026-04-07T09:00:59Z"), "o", Instant.parse("2026-04-07T09:20:30Z"))), Set.of()))
                .isEqualTo(hours("0.33", "0.33", "0.00", "0.00", "0.00"));
        // 50 minutes = 0.8333 -> 0.83; 10 minutes = 0.1666 -> 0.17.
        assertThat(TimesheetCalculator.hours(50)).isEqualByComparingTo("0.83");
        assertThat(TimesheetCalculator.hours(10)).isEqualTo(new BigDecimal("0.17"));
        // 8h10: overtime 10 min -> 0.17, worked 490 min -> 8.17, regular = 8.17 - 0.17 = 8.00: always adds up.
        assertThat(TimesheetCalculator.calculate(List.of(shift("UTC", "2026-04-07T09:00", "2026-04-07T17:10")),
                Set.of())).isEqualTo(hours("8.17", "8.00", "0.17", "0.00", "0.00"));
    }

    @Test
    void aNightShiftOverTheSpringForwardChangeCountsTheHoursActuallyWorked() {
        // New York skips 02:00-03:00 on Sunday 8 March 2026: 22:00 to 06:00 local is 7 real hours,
        // 6 of them at night (22:00-05:00 local) and 5 on the Sunday.
        assertThat(TimesheetCalculator.calculate(List.of(
                shift("America/New_York", "2026-03-07T22:00", "2026-03-08T06:00")), Set.of()))
                .isEqualTo(hours("7.00", "7.00", "0.00", "6.00", "5.00"));
    }

    @Test
    void noShiftsNoHours() {
        assertThat(TimesheetCalculator.calculate(List.of(), Set.of()))
                .isEqualTo(hours("0.00", "0.00", "0.00", "0.00", "0.00"));
    }
}
