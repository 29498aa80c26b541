package dev.urakata.shared.workforce;

import java.time.LocalDate;

/**
 * Ask for the schedules, latest period first; answered with a {@link SchedulePage}.
 *
 * @param endingFrom only schedules whose last day is on or after this day, or {@code null} for all
 * @param page       page number from 0
 * @param size       page size
 */
public record ListSchedulesQuery(LocalDate endingFrom, int page, int size) {
}
