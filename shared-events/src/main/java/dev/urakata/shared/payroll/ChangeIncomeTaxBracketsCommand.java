package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Replace the income-tax withholding table from a date.
 *
 * @param policyId      the policy
 * @param effectiveFrom the first day the new table applies
 * @param brackets      the new table, lowest bracket first, the first starting at zero
 * @param reason        why (a law change, an error)
 */
public record ChangeIncomeTaxBracketsCommand(@TargetAggregateIdentifier PayPolicyId policyId, LocalDate effectiveFrom,
                                             List<TaxBracket> brackets, String reason) {
}
