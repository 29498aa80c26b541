package dev.urakata.command.it;

import dev.urakata.shared.it.TicketPriority;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long IT has to resolve a support ticket of each priority, under {@code urakata.it.sla} (for example
 * {@code urakata.it.sla.p1=2h}). Calendar time, not business hours: a P1 opened on Friday evening is due that night.
 * They belong to the IT context's rules, so they live beside it rather than in axon-config.
 *
 * @param p1 resolution time of a P1 ticket
 * @param p2 resolution time of a P2 ticket
 * @param p3 resolution time of a P3 ticket
 * @param p4 resolution time of a P4 ticket
 */
@ConfigurationProperties(prefix = "urakata.it.sla")
public record SupportSlaSettings(
        @DefaultValue("4h") Duration p1,
        @DefaultValue("8h") Duration p2,
        @DefaultValue("3d") Duration p3,
        @DefaultValue("5d") Duration p4) {

    public SupportSlaSettings {
        for (Duration d : new Duration[] {p1, p2, p3, p4}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("urakata.it.sla resolution times must be positive");
            }
        }
    }

    /** The defaults, for tests. */
    public static SupportSlaSettings defaults() {
        return new SupportSlaSettings(Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(3),
                Duration.ofDays(5));
    }

    /** The resolution time of {@code priority}. */
    public Duration resolutionTime(TicketPriority priority) {
        return switch (priority) {
            case P1 -> p1;
            case P2 -> p2;
            case P3 -> p3;
            case P4 -> p4;
        };
    }
}
