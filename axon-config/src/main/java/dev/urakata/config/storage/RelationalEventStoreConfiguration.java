package dev.urakata.config.storage;

import dev.urakata.config.UrakataProperties;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Axon's JDBC event store on the event database of the run mode: the embedded default's H2 file
 * ({@link EmbeddedEventStoreConfiguration}) or the jdbc mode's PostgreSQL ({@link JdbcEventStoreConfiguration}).
 * Not used with Axon Server, which stores the events itself.
 */
@AutoConfiguration(
        after = {EmbeddedEventStoreConfiguration.class, JdbcEventStoreConfiguration.class},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@ConditionalOnExpression("'${urakata.event-store:embedded}' != 'axon-server'")
public class RelationalEventStoreConfiguration {

    /** Axon's embedded event store, with streams that wake processors on a local commit instead of being polled. */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    public LocallyNotifiedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration) {
        return new LocallyNotifiedEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /**
     * Tells a duplicate (aggregate id, sequence) apart from other SQL failures, so that two concurrent commands on one
     * aggregate end in a 409, not a 500. (Axon declares it only when no event store bean exists, as one does here.)
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateAppendResolver();
    }

    /** Connections bound to the Spring transaction that Axon's unit of work runs in. */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /** The JDBC storage engine with serialized appends; creates its tables on first start. */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 UrakataProperties properties) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EventSchema.builder().build())
                .gapTimeout(properties.processing().gapTimeoutMillis());
        OrderedAppendJdbcEventStorageEngine engine =
                new OrderedAppendJdbcEventStorageEngine(builder, connectionProvider);
        // Several processes may start together on one PostgreSQL database: one creates the tables, the others wait.
        transactionManager.executeInTransaction(() -> {
            try (Connection connection = connectionProvider.getConnection()) {
                SharedSchema.lock(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not lock the event database's schema", e);
            }
            engine.createSchema(PostgresEventTableFactory.INSTANCE);
            engine.createAppendLock();
        });
        return engine;
    }
}
