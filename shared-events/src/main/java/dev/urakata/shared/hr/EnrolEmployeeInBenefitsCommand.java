package dev.urakata.shared.hr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Enrol an employee in a benefit plan.
 *
 * @param employeeId    the employee
 * @param benefitPlan   the plan's code, for example {@code HEALTH-STANDARD}
 * @param effectiveDate the day cover starts
 */
public record EnrolEmployeeInBenefitsCommand(
        @TargetAggregateIdentifier EmployeeId employeeId,
        String benefitPlan,
        LocalDate effectiveDate) {
}
