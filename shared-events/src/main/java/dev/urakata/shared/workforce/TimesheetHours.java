package dev.urakata.shared.workforce;

import java.math.BigDecimal;

/**
 * The hours of a timesheet, in hours with two decimals. {@code regular + overtime = worked}; night and holiday
 * hours are the part of the worked hours that falls in the night window or on a holiday (premiums paid on top, so
 * they overlap regular and overtime hours).
 *
 * @param worked   all hours between clock-in and clock-out
 * @param regular  worked hours that are not overtime
 * @param overtime hours beyond the daily and weekly limits
 * @param night    worked hours between 22:00 and 05:00 local time
 * @param holiday  worked hours on Sundays and public holidays
 */
public record TimesheetHours(BigDecimal worked, BigDecimal regular, BigDecimal overtime, BigDecimal night,
                             BigDecimal holiday) {
}
