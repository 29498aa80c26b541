package dev.urakata.shared.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Adopt a pay policy: its first version, in force from {@code effectiveFrom}.
 *
 * @param policyId      the new policy
 * @param name          its name
 * @param effectiveFrom the first day it applies
 * @param rules         its rules
 */
public record AdoptPayPolicyCommand(@TargetAggregateIdentifier PayPolicyId policyId, String name,
                                    LocalDate effectiveFrom,
                                    PayPolicyRules rules) {
}
