package dev.urakata.shared.workforce;

import java.time.LocalDate;

/**
 * Ask for the live shifts that have fewer employees than they need, by start; answered with a {@link ShiftPage}.
 *
 * @param location the location, {@code null} for all
 * @param from     first day (shift start), inclusive
 * @param to       last day (shift start), inclusive
 * @param page     page number from 0
 * @param size     page size
 */
public record ListUnderstaffedShiftsQuery(String location, LocalDate from, LocalDate to, int page, int size) {
}
