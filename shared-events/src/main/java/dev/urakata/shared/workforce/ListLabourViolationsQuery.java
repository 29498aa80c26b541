package dev.urakata.shared.workforce;

import dev.urakata.shared.hr.EmployeeId;

import java.time.LocalDate;

/**
 * Ask for labour rule violations, by shift start; answered with a {@link LabourViolationPage}. Every filter may be
 * {@code null}.
 *
 * @param employeeId only this employee's
 * @param scheduleId only in this schedule
 * @param rule       only of this rule
 * @param foundBy    only those found at assignment time, or only those found by a rule change
 * @param from       first day (shift start), inclusive
 * @param to         last day (shift start), inclusive
 * @param page       page number from 0
 * @param size       page size
 */
public record ListLabourViolationsQuery(EmployeeId employeeId, ScheduleId scheduleId, LabourRule rule,
                                        ViolationSource foundBy, LocalDate from, LocalDate to, int page, int size) {
}
