package dev.urakata.shared.hr;

import dev.urakata.shared.PersonalData;

import java.time.LocalDate;

/**
 * One line of the employee directory.
 *
 * @param employeeId     the employee
 * @param employeeNumber the company's employee number
 * @param givenName      given name
 * @param familyName     family name
 * @param department     current department
 * @param position       current job title
 * @param employmentType permanent or temporary
 * @param status         active or terminated
 * @param hireDate       first day of employment
 */
public record EmployeeSummary(
        EmployeeId employeeId,
        String employeeNumber,
        @PersonalData String givenName,
        @PersonalData String familyName,
        String department,
        String position,
        EmploymentType employmentType,
        EmployeeStatus status,
        LocalDate hireDate) {
}
