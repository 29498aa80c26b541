package dev.urakata.shared.payroll;

import dev.urakata.shared.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Change the social contribution rates and ceiling from a date.
 *
 * @param policyId      the policy
 * @param effectiveFrom the first day the new rates apply
 * @param employeeRate  employee rate
 * @param employerRate  employer rate
 * @param monthlyCeiling gross pay above this bears no contribution
 * @param reason        why
 */
public record ChangeSocialContributionsCommand(@TargetAggregateIdentifier PayPolicyId policyId, LocalDate effectiveFrom,
                                               BigDecimal employeeRate, BigDecimal employerRate, Money monthlyCeiling,
                                               String reason) {
}
