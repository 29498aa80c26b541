package dev.urakata.query.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the read models' physical storage, under {@code urakata.read-models}.
 *
 * @param routeRefreshInterval how old an instance's copy of the collection routes may get before it reads them again;
 *                             a blue-green switch waits twice this long before the processor resumes
 * @param retiredGrace         how long the collections replaced by a blue-green rebuild are kept before they are
 *                             dropped (queries that started on the old version finish on it)
 * @param rebuildStaleAfter    how long a blue-green rebuild's heartbeat may be silent before the rebuild counts as
 *                             abandoned (its instance stopped) and another may start; well above the heartbeat's
 *                             half a second
 */
@ConfigurationProperties(prefix = "urakata.read-models")
public record ReadModelProperties(
        @DefaultValue("1s") Duration routeRefreshInterval,
        @DefaultValue("1m") Duration retiredGrace,
        @DefaultValue("2m") Duration rebuildStaleAfter) {
}
