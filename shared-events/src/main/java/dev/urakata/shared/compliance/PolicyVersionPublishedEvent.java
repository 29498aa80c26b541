package dev.urakata.shared.compliance;

import org.axonframework.serialization.Revision;

/**
 * A version of a compliance policy was published.
 *
 * @param policyCode              the policy
 * @param title                   its title
 * @param version                 the version now in force
 * @param acknowledgementRequired whether employees must acknowledge it
 */
@Revision("1")
public record PolicyVersionPublishedEvent(String policyCode, String title, int version,
                                          boolean acknowledgementRequired) {
}
