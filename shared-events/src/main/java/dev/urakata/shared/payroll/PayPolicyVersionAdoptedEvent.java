package dev.urakata.shared.payroll;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A version of a pay policy came into being: the first one on adoption, a new one with every change. Carries the
 * complete rules of the version so the event alone tells what applied.
 *
 * @param policyId      the policy
 * @param name          the policy's name
 * @param version       1 for the adoption, then 2, 3, ...
 * @param effectiveFrom the first day this version applies
 * @param rules         the complete rules of this version
 * @param change        what changed: {@code ADOPTED}, {@code INCOME_TAX_BRACKETS}, {@code SOCIAL_CONTRIBUTIONS} or
 *                      {@code PREMIUM_RATES}
 * @param reason        why
 */
@Revision("1")
public record PayPolicyVersionAdoptedEvent(PayPolicyId policyId, String name, int version, LocalDate effectiveFrom,
                                           PayPolicyRules rules, String change, String reason) {
}
