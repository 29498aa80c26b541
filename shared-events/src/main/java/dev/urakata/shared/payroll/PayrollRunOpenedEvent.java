package dev.urakata.shared.payroll;

import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/**
 * A payroll run was opened.
 *
 * @param runId         the run
 * @param policyId      the pay policy it calculates with
 * @param period        the month
 * @param correctsRunId the run it corrects, or {@code null} for a regular run
 */
@Revision("1")
public record PayrollRunOpenedEvent(PayrollRunId runId, PayPolicyId policyId, YearMonth period,
                                    PayrollRunId correctsRunId) {
}
