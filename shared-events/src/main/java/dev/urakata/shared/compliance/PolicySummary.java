package dev.urakata.shared.compliance;

/**
 * A compliance policy and its version in force.
 *
 * @param policyCode              the policy
 * @param title                   its title
 * @param version                 the latest version
 * @param acknowledgementRequired whether employees must acknowledge that version
 */
public record PolicySummary(String policyCode, String title, int version, boolean acknowledgementRequired) {
}
