package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.time.LocalDate;

/**
 * Ask for one employee's shifts starting in a date range, by start; answered with an {@link EmployeeShiftPage}.
 *
 * @param employeeId the employee
 * @param from       first day, inclusive
 * @param to         last day, inclusive
 * @param page       page number from 0
 * @param size       page size
 */
public record ListEmployeeShiftsQuery(EmployeeId employeeId, LocalDate from, LocalDate to, int page, int size) {
}
