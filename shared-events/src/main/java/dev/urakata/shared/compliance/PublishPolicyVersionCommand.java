package dev.urakata.shared.compliance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publish a version of a compliance policy; the first version creates the policy. Publishing the same version
 * again with the same content records nothing; an older or equal version with other content is refused.
 *
 * @param policyCode               the policy, for example {@code CODE_OF_CONDUCT}
 * @param title                    its title
 * @param version                  the version, higher than any published before
 * @param acknowledgementRequired  whether employees must acknowledge this version
 */
public record PublishPolicyVersionCommand(@TargetAggregateIdentifier String policyCode, String title, int version,
                                          boolean acknowledgementRequired) {
}
