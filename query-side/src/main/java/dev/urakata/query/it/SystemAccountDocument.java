package dev.urakata.query.it;

import dev.urakata.query.readmodel.Meaning;
import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A document of {@code it_system_accounts}: one employee's account in one system, keyed employee id, {@code /},
 * system. About one person (its very key names them), so it stays closed to analysts.
 */
public record SystemAccountDocument(
        @Id String id,
        @Meaning("the employee") String employeeId,
        @Meaning("the system") String system,
        @Meaning("whether the account is active") boolean active,
        @Meaning("when it was last provisioned") Instant provisionedAt,
        @Meaning("why it was provisioned") String provisionReason,
        @Meaning(value = "when it was revoked (absent while active)", optional = true) Instant revokedAt,
        @Meaning(value = "why it was revoked (absent while active)", optional = true) String revokeReason) {
}
