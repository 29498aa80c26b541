package dev.urakata.config.processing;

import dev.urakata.config.UrakataProperties;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;

/**
 * How aggregates are loaded for a command.
 *
 * <p>Snapshots, for aggregates with long histories: after {@code urakata.processing.snapshot-threshold} events
 * an aggregate's state is stored so loading it no longer replays its whole history. Aggregates opt in with
 * {@code @Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger")}.
 *
 * <p>A cache, for every aggregate ({@code @Aggregate(cache = "aggregateCache")}, checked by the architecture
 * test): an aggregate that handled a command recently is not read, decrypted and replayed again. Loading was half
 * of a command's CPU. It is safe because every event of an aggregate is appended through its repository, in this
 * process (the embedded default) or in the one instance Axon Server routes the aggregate's commands to; an entry
 * that is stale all the same (the routing moved) fails its append on the sequence number, the rollback removes it,
 * and the command is answered 409 like any concurrent change. Each aggregate type has a cache of its own
 * ({@link AggregateCaches}).
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class AggregateLoadingConfiguration {

    /** Snapshot every {@code snapshot-threshold} events. */
    @Bean
    public SnapshotTriggerDefinition aggregateSnapshotTrigger(Snapshotter snapshotter, UrakataProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.processing().snapshotThreshold());
    }

    /** Every aggregate cache of this process. */
    @Bean
    public AggregateCaches aggregateCaches(UrakataProperties properties) {
        return new AggregateCaches(properties.processing().aggregateCacheSize());
    }

    /**
     * A cache of its own for each aggregate type that names this bean (a prototype: Axon asks once per type), of at
     * most {@code aggregate-cache-size} aggregates; 0 turns caching off.
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    public Cache aggregateCache(AggregateCaches caches) {
        return caches.newCache();
    }
}
