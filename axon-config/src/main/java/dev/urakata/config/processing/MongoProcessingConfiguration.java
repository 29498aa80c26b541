package dev.urakata.config.processing;

import com.mongodb.client.MongoClient;
import dev.urakata.config.UrakataProperties;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.lang.management.ManagementFactory;
import java.time.Clock;

/**
 * Where event processors keep their state: tracking tokens, sagas and dead letters, all in MongoDB (the embedded
 * server or a real replica set).
 *
 * <p>Declaring the token store here is what keeps Axon from silently falling back to an in-memory one, which
 * would replay every event into every projection at each start.
 *
 * <p>Every projection runs in a pooled streaming processor with its own dead-letter queue: an event that its
 * handler cannot process parks only its own sequence (the events of that aggregate) while every other aggregate
 * keeps flowing.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration",
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration"})
public class MongoProcessingConfiguration {

    /**
     * Projections' writes made for a tracked event wait for the journal only through the token write that ends their
     * batch (see {@link BatchJournaledWrites}).
     */
    @Bean
    static BeanPostProcessor batchJournaledProjectionWrites() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof MongoDatabaseFactory factory && !(bean instanceof BatchJournaledWrites)
                        ? new BatchJournaledWrites(factory) : bean;
            }
        };
    }

    /**
     * Axon's view of the database: collection names for tokens, sagas and dead letters; token writes unjournaled
     * (see {@link UnjournaledTokens}).
     */
    @Bean
    public MongoTemplate axonMongoTemplate(MongoClient client, UrakataProperties properties) {
        return new UnjournaledTokens(DefaultMongoTemplate.builder()
                .mongoDatabase(client, properties.mongo().database())
                .trackingTokensCollectionName("axon_tracking_tokens")
                .sagasCollectionName("axon_sagas")
                .deadLetterCollectionName("axon_dead_letters")
                .build());
    }

    /**
     * Persistent tracking tokens, claimed per segment so several instances can share a processor.
     *
     * <p>In the embedded default only one process can ever run on the data directory (H2 locks its files), so it
     * claims under a fixed node name: after a {@code kill -9} the restarted process owns its old claims at once
     * instead of waiting for them to expire, and the claims can last long enough that idle processors write
     * almost nothing. With Axon Server each instance claims under its own name, as Axon does by default.
     */
    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer,
                                 UrakataProperties properties) {
        MongoTokenStore.Builder builder = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .claimTimeout(properties.processing().tokenClaimTimeout());
        builder.nodeId(instanceName(properties));
        return new ConcurrentStartTokenStore(builder.build());
    }

    /**
     * The name this instance claims segments under: a fixed one in the embedded default, and Axon's usual
     * {@code pid@host} otherwise.
     */
    public static String instanceName(UrakataProperties properties) {
        return properties.eventStore() == UrakataProperties.EventStoreMode.EMBEDDED
                ? EMBEDDED_NODE : ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Fair shares of every processor's segments between the instances that run it (see {@link FairShareSegments});
     * not in the embedded default, where one process holds them all.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${urakata.event-store:embedded}' != 'embedded'")
    public FairShareSegments fairShareSegments(MongoClient client, TokenStore tokenStore,
                                               ObjectProvider<EventProcessingConfiguration> processing,
                                               UrakataProperties properties) {
        return new FairShareSegments(instanceName(properties),
                client.getDatabase(properties.mongo().database()).getCollection(FairShareSegments.COLLECTION),
                tokenStore, () -> processing.getObject().eventProcessors().keySet(),
                properties.processing().tokenClaimInterval(), Clock.systemUTC());
    }

    /** The token owner of the single process of the embedded default. */
    static final String EMBEDDED_NODE = "urakata-embedded";

    /** Persistent saga instances, found by association through {@code _id} lookups (see the store). */
    @Bean
    public SagaStore<Object> sagaStore(MongoClient client, UrakataProperties properties, Serializer serializer) {
        return new AssociationKeyedSagaStore(client.getDatabase(properties.mongo().database()), "axon_sagas",
                serializer);
    }

    /**
     * Pooled streaming processors for every processing group, each with a MongoDB dead-letter queue, all sharing
     * one budget of threads.
     *
     * <p>Dead letters are stored with the event serializer, so an event with personal data stays encrypted there.
     *
     * <p>Why these settings (see the README's benchmarks): Axon's defaults give every processor 16 segments, a
     * coordinator thread and four worker threads of its own, one event per unit of work and a claim renewal per
     * segment every five seconds. With some fifty processors that was over 800 tokens rewritten every five seconds
     * while idle, 250 threads, and a token write for every event in every processor. Here the segment count
     * depends on the run mode, a batch of events shares one unit of work and one token write, the threads are
     * shared, and a claim is renewed after a third of its lifetime.
     *
     * <p>Ordered last: Axon's JDBC auto-configuration registers its own dead-letter provider (off unless enabled per
     * processor by property), and the provider registered last is the one that counts.
     */
    @Bean
    public ConfigurerModule streamingProcessorsWithDeadLetters(MongoTemplate axonMongoTemplate,
                                                               UrakataProperties properties,
                                                               ObjectProvider<FairShareSegments> fairShares) {
        UrakataProperties.Processing settings = properties.processing();
        boolean embedded = properties.eventStore() == UrakataProperties.EventStoreMode.EMBEDDED;
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                ProcessorThreads threads = new ProcessorThreads(settings.coordinatorThreads(),
                        settings.workerThreads());
                configurer.onShutdown(threads::shutdown);
                MaxSegmentProvider shares = fairShares.getIfAvailable(() -> null);
                if (shares != null) {
                    configurer.onStart(((FairShareSegments) shares)::start);
                }
                configurer.eventProcessing()
                        .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                                .initialSegmentCount(settings.segments())
                                .batchSize(settings.batchSize())
                                .coordinatorExecutor(name -> threads.coordinators())
                                .workerExecutor(name -> threads.workers())
                                .tokenClaimInterval(settings.tokenClaimInterval().toMillis())
                                .claimExtensionThreshold(Math.max(1000,
                                        settings.tokenClaimTimeout().toMillis() / 3))
                                .maxSegmentProvider(shares != null ? shares : MaxSegmentProvider.maxShort()))
                        .registerDeadLetterQueueProvider(processingGroup -> configuration -> {
                            SequencedDeadLetterQueue<EventMessage<?>> queue = MongoSequencedDeadLetterQueue
                                    .<EventMessage<?>>builder()
                                    .processingGroup(processingGroup)
                                    .mongoTemplate(axonMongoTemplate)
                                    .serializer(configuration.eventSerializer())
                                    .maxSequences(settings.deadLetterMaxSequences())
                                    .build();
                            // One process, the only writer: it may remember that nothing is parked.
                            return embedded ? new KnownEmptyDeadLetterQueue<>(queue) : queue;
                        });
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
