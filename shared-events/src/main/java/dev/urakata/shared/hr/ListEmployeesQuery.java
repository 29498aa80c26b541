package dev.urakata.shared.hr;

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
 */
public record ListEmployeesQuery(
        String department,
        String position,
        EmployeeStatus status,
        EmploymentType employmentType,
        String name,
        int page,
        int size) {
}
