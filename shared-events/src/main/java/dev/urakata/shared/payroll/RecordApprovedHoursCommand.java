package dev.urakata.shared.payroll;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Record an employee's approved premium hours for a run (overtime, night and holiday hours), before calculation.
 * Until the workforce context delivers approved timesheets, the hours are carried in this command.
 *
 * @param runId         the run
 * @param inputId       the caller-chosen id of this input (for example the timesheet id)
 * @param employeeId    the employee
 * @param overtimeHours overtime hours
 * @param nightHours    night hours
 * @param holidayHours  holiday hours
 * @param source        where the hours were approved (a timesheet reference)
 */
public record RecordApprovedHoursCommand(@TargetAggregateIdentifier PayrollRunId runId, String inputId,
                                         EmployeeId employeeId, BigDecimal overtimeHours, BigDecimal nightHours,
                                         BigDecimal holidayHours, String source) {
}
