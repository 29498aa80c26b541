package dev.urakata.command.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the compliance context, under {@code urakata.compliance}.
 *
 * @param acknowledgeWithinDays days an employee has to acknowledge a policy version that requires it, counted from
 *                              its publication (or from the hire, for someone hired later)
 */
@ConfigurationProperties(prefix = "urakata.compliance")
public record ComplianceSettings(@DefaultValue("30") int acknowledgeWithinDays) {

    public ComplianceSettings {
        if (acknowledgeWithinDays < 0 || acknowledgeWithinDays > 3650) {
            throw new IllegalArgumentException("urakata.compliance.acknowledge-within-days must be 0 to 3650");
        }
    }
}
