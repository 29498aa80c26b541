package dev.urakata.shared.hr;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Hire a new employee under a new id.
 *
 * @param employeeId      the new employee's id, chosen by the caller (the HTTP API generates one)
 * @param employeeNumber  the company's own employee number, unique across all employees ever hired
 * @param givenName       given name
 * @param familyName      family name
 * @param email           work e-mail address
 * @param department      department the employee joins
 * @param position        job title
 * @param employmentType  permanent or temporary
 * @param contractEndDate last day of a temporary contract; {@code null} for permanent employment
 * @param hireDate        first day of employment
 * @param monthlySalary   gross monthly salary
 */
public record HireEmployeeCommand(
        @TargetAggregateIdentifier EmployeeId employeeId,
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
