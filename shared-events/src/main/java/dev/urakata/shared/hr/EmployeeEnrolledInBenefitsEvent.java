package dev.urakata.shared.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An employee was enrolled in a benefit plan.
 *
 * @param employeeId    the employee
 * @param benefitPlan   the plan's code
 * @param effectiveDate the day cover starts
 */
@Revision("1")
public record EmployeeEnrolledInBenefitsEvent(
        EmployeeId employeeId,
        String benefitPlan,
        LocalDate effectiveDate) {
}
