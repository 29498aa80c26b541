package dev.urakata.shared.hr;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An employee's monthly salary changed from an effective date.
 *
 * @param employeeId     the employee
 * @param monthlySalary  the new gross monthly salary
 * @param effectiveDate  the day the new salary applies from
 * @param reason         why the salary changed (free text that may name people: erasable)
 * @param previousSalary the salary before the change
 */
@Revision("1")
public record EmployeeSalaryChangedEvent(
        @DataSubject EmployeeId employeeId,
        @PersonalData(erasable = false) Money monthlySalary,
        LocalDate effectiveDate,
        @PersonalData String reason,
        @PersonalData(erasable = false) Money previousSalary) {
}
