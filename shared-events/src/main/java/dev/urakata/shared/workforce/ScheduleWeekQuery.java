package dev.urakata.shared.workforce;

import java.time.LocalDate;

/**
 * Ask for a location's shifts (of every schedule, cancelled ones included) in one ISO week, by start; answered
 * with a {@link ShiftPage}.
 *
 * @param location the location
 * @param monday   the Monday the week starts on
 * @param page     page number from 0
 * @param size     page size
 */
public record ScheduleWeekQuery(String location, LocalDate monday, int page, int size) {
}
