package dev.urakata.command.legal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the legal context, under {@code urakata.legal}.
 *
 * @param expiryReminderDays how many days before a contract's end date its expiry reminder is issued
 */
@ConfigurationProperties(prefix = "urakata.legal")
public record LegalSettings(@DefaultValue("30") int expiryReminderDays) {

    public LegalSettings {
        if (expiryReminderDays < 0 || expiryReminderDays > 3650) {
            throw new IllegalArgumentException("urakata.legal.expiry-reminder-days must be between 0 and 3650");
        }
    }

    /** The defaults, for tests. */
    public static LegalSettings defaults() {
        return new LegalSettings(30);
    }
}
