package dev.urakata.shared.payroll;

import dev.urakata.shared.hr.EmployeeId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * Approved premium hours were recorded for a run.
 *
 * @param runId         the run
 * @param inputId       the input
 * @param employeeId    the employee
 * @param overtimeHours overtime hours
 * @param nightHours    night hours
 * @param holidayHours  holiday hours
 * @param source        where they were approved
 */
@Revision("1")
public record ApprovedHoursRecordedEvent(PayrollRunId runId, String inputId, EmployeeId employeeId,
                                         BigDecimal overtimeHours, BigDecimal nightHours, BigDecimal holidayHours,
                                         String source) {
}
