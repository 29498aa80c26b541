package dev.urakata.shared.payroll;

import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a one-off bonus or deduction for one employee to an open run, before calculation.
 *
 * @param runId       the run
 * @param inputId     the caller-chosen id of this input (a repeated id is not added twice)
 * @param employeeId  the employee
 * @param kind        bonus or deduction
 * @param amount      the amount, positive
 * @param description what it is for
 */
public record AddOneOffPaymentCommand(@TargetAggregateIdentifier PayrollRunId runId, String inputId,
                                      EmployeeId employeeId, OneOffKind kind, Money amount, String description) {
}
