package dev.urakata.shared.hr;

import dev.urakata.shared.PersonalData;
import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Change an employee's monthly salary from an effective date, which may lie before the day it is recorded.
 *
 * @param employeeId    the employee
 * @param monthlySalary the new gross monthly salary
 * @param effectiveDate the day the new salary applies from
 * @param reason        why the salary changes (promotion, annual review, ...)
 */
public record ChangeEmployeeSalaryCommand(
        @TargetAggregateIdentifier EmployeeId employeeId,
        @PersonalData(erasable = false) Money monthlySalary,
        LocalDate effectiveDate,
        String reason) {
}
