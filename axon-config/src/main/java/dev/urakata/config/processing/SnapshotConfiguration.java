package dev.urakata.config.processing;

import dev.urakata.config.UrakataProperties;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Snapshotting for aggregates with long histories: after {@code urakata.processing.snapshot-threshold} events
 * an aggregate's state is stored so loading it no longer replays its whole history. Aggregates opt in with
 * {@code @Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger")}.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class SnapshotConfiguration {

    /** Snapshot every {@code snapshot-threshold} events. */
    @Bean
    public SnapshotTriggerDefinition aggregateSnapshotTrigger(Snapshotter snapshotter, UrakataProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.processing().snapshotThreshold());
    }
}
