package dev.urakata.shared.hr;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ask the employee directory for a page of employees; answered with an {@link EmployeePage}.
 * Every filter is optional ({@code null} means "any").
 *
 * @param department     exact department
 * @param position       exact job title
 * @param status         active or terminated
 * @param employmentType permanent or temporary
 * @param name           case-insensitive part of the given or family name
 * @param page           page number from 0
 * @param size           page size
 * @param asOf           answer what the directory showed at this instant (filters apply to that state);
 *                       {@code null} for now
 * @param effectiveOn    only those employed on this day, with the department, position and status in force then
 *                       (filters apply to that); {@code null} for as recorded
 */
public record ListEmployeesQuery(
        String department,
        String position,
        EmployeeStatus status,
        EmploymentType employmentType,
        String name,
        int page,
        int size,
        Instant asOf,
        LocalDate effectiveOn) {

    /** A page of the directory as it showed at {@code asOf}. */
    public ListEmployeesQuery(String department, String position, EmployeeStatus status,
                              EmploymentType employmentType, String name, int page, int size, Instant asOf) {
        this(department, position, status, employmentType, name, page, size, asOf, null);
    }

    /** A page of the directory as it is now. */
    public ListEmployeesQuery(String department, String position, EmployeeStatus status,
                              EmploymentType employmentType, String name, int page, int size) {
        this(department, position, status, employmentType, name, page, size, null, null);
    }
}
