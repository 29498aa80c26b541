package dev.urakata.shared.it;

import java.time.Instant;

/**
 * One account of an employee on one system.
 *
 * @param system          the system
 * @param active          whether the account is active now
 * @param provisionedAt   when it was (last) provisioned
 * @param provisionReason why
 * @param revokedAt       when it was revoked, or {@code null} while active
 * @param revokeReason    why, or {@code null}
 */
public record SystemAccount(String system, boolean active, Instant provisionedAt, String provisionReason,
                            Instant revokedAt, String revokeReason) {
}
