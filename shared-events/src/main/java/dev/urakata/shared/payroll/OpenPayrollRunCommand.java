package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/**
 * Open the regular payroll run of a month. There is one regular run per month.
 *
 * @param runId    the new run
 * @param policyId the pay policy it calculates with
 * @param period   the month
 */
public record OpenPayrollRunCommand(@TargetAggregateIdentifier PayrollRunId runId, PayPolicyId policyId,
                                    YearMonth period) {
}
