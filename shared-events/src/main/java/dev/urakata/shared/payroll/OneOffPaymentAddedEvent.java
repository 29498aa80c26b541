package dev.urakata.shared.payroll;

import dev.urakata.shared.DataSubject;
import dev.urakata.shared.PersonalData;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import org.axonframework.serialization.Revision;

/**
 * A one-off bonus or deduction was added to a run.
 *
 * @param runId       the run
 * @param inputId     the input
 * @param employeeId  the employee
 * @param kind        bonus or deduction
 * @param amount      the amount
 * @param description what it is for
 */
@Revision("1")
public record OneOffPaymentAddedEvent(PayrollRunId runId, String inputId, @DataSubject EmployeeId employeeId,
                                      OneOffKind kind, Money amount, @PersonalData String description) {
}
