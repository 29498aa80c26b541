package dev.urakata.shared.hr;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An employee was hired. The first event of every employee.
 *
 * @param employeeId      the employee
 * @param employeeNumber  the company's employee number
 * @param givenName       given name
 * @param familyName      family name
 * @param email           work e-mail address
 * @param department      department joined
 * @param position        job title
 * @param employmentType  permanent or temporary
 * @param contractEndDate last day of a temporary contract; {@code null} when permanent
 * @param hireDate        first day of employment
 * @param monthlySalary   starting gross monthly salary, effective on the hire date
 */
@Revision("1")
public record EmployeeHiredEvent(
        @DataSubject EmployeeId employeeId,
        String employeeNumber,
        @PersonalData String givenName,
        @PersonalData String familyName,
        @PersonalData String email,
        String department,
        String position,
        EmploymentType employmentType,
        LocalDate contractEndDate,
        LocalDate hireDate,
        @PersonalData(erasable = false) Money monthlySalary) {
}
