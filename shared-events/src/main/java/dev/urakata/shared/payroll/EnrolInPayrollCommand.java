package dev.urakata.shared.payroll;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/**
 * Put an employee on the payroll from a first month. Idempotent: enrolling an enrolled employee records nothing.
 *
 * @param employeeId  the employee
 * @param firstPeriod the first month the employee is paid for
 */
public record EnrolInPayrollCommand(EmployeeId employeeId, YearMonth firstPeriod) {

    @JsonIgnore
    @TargetAggregateIdentifier
    public String enrolmentId() {
        return enrolmentIdOf(employeeId);
    }

    /** The id of the payroll enrolment aggregate of {@code employeeId}. */
    public static String enrolmentIdOf(EmployeeId employeeId) {
        return "payroll-" + employeeId.value();
    }
}
