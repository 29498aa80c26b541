package dev.urakata.config.storage;

import com.zaxxer.hikari.HikariDataSource;
import dev.urakata.config.UrakataProperties;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The embedded default's event store: Axon's JDBC event store on an H2 file under {@code urakata.data-dir}.
 *
 * <p>URL options, each for a reason: {@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE} so Axon's PostgreSQL table
 * factory's DDL parses (the HSQL one does not on H2 2.x); {@code WRITE_DELAY=0} so an acknowledged command's
 * events are on disk before the caller hears "created" (H2's default delay lost a third of them on kill -9);
 * {@code LOCK_TIMEOUT} bounds how long an append waits for the append lock; {@code DB_CLOSE_ON_EXIT=FALSE} leaves
 * closing to the application context, which stops the event processors first (H2's own shutdown hook would close
 * the database under processors that are still running).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@ConditionalOnProperty(name = "urakata.event-store", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedEventStoreConfiguration {

    /**
     * The H2 file database holding events, snapshots and deadlines, behind a proxy that takes a pooled connection
     * only when a unit of work first runs a statement: every event processor's batch runs in a transaction of this
     * data source, and most of them never touch it (they write to MongoDB). Before the proxy each batch held a
     * connection while it talked to MongoDB, and under load commands waited 30 s for one and failed with 500.
     * After an erasure the file is rewritten with its live data before it is opened: it holds the privacy keys.
     */
    @Bean
    public LazyConnectionDataSourceProxy eventStoreDataSource(UrakataProperties properties) {
        Path file = properties.createdDataDir().resolve("events");
        StoreFileRewrite.rewriteIfRequested(file.resolveSibling("events.mv.db"));
        HikariDataSource pool = H2FileDataSource.open("event-store", file,
                ";LOCK_TIMEOUT=10000", properties.database().poolSize(), properties.database().connectionTimeout());
        return new ClosingLazyDataSource(pool, EventFileHousekeeping.start(pool));
    }

    /** The lazy proxy that also stops the file's housekeeping and closes the pool with the application context. */
    static final class ClosingLazyDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {
        private final HikariDataSource pool;
        private final AutoCloseable housekeeping;

        ClosingLazyDataSource(HikariDataSource pool, AutoCloseable housekeeping) {
            super(pool);
            this.pool = pool;
            this.housekeeping = housekeeping;
        }

        @Override
        public void close() throws Exception {
            housekeeping.close();
            pool.close();
        }
    }

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
        return new JdbcSQLErrorCodesResolver();
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
        transactionManager.executeInTransaction(() -> {
            engine.createSchema(PostgresEventTableFactory.INSTANCE);
            engine.createAppendLock();
        });
        return engine;
    }
}
