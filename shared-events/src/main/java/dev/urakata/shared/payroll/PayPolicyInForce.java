package dev.urakata.shared.payroll;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pay policy bitemporally: the version in force on a day, as known at an instant, and every version known then.
 *
 * @param policyId    the policy
 * @param name        its name
 * @param effectiveOn the day asked about (today when not asked)
 * @param asOf        the instant the knowledge is from ({@code null}: now)
 * @param inForce     the version whose effective date is the latest on or before {@code effectiveOn}
 * @param versions    every version recorded by {@code asOf}, in version order
 */
public record PayPolicyInForce(PayPolicyId policyId, String name, LocalDate effectiveOn, Instant asOf,
                               Version inForce, List<Version> versions) {

    public PayPolicyInForce {
        versions = List.copyOf(versions);
    }

    /**
     * One version of the policy.
     *
     * @param version       1 for the adoption, then 2, 3, ...
     * @param effectiveFrom the first day it applies
     * @param rules         its complete rules
     * @param change        what changed (ADOPTED, INCOME_TAX_BRACKETS, ...)
     * @param reason        why, when given
     * @param recordedAt    when it was recorded
     * @param recordedBy    who recorded it ({@code system} for the sample policy)
     */
    public record Version(int version, LocalDate effectiveFrom, PayPolicyRules rules, String change, String reason,
                          Instant recordedAt, String recordedBy) {
    }
}
