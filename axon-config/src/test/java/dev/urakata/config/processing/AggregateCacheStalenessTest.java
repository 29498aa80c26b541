package dev.urakata.config.processing;

import com.zaxxer.hikari.HikariDataSource;
import dev.urakata.config.storage.DuplicateAppendResolver;
import dev.urakata.config.storage.H2FileDataSource;
import dev.urakata.config.storage.OrderedAppendJdbcEventStorageEngine;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What the aggregate cache promises in AggregateLoadingConfiguration, on the real JDBC event store: a cached aggregate is
 * used without reading its events, and one made stale by an event appended past it (another instance took over its
 * commands) costs one command a conflict, after which the aggregate is read again and sees that event.
 */
class AggregateCacheStalenessTest {

    @TempDir
    Path dir;

    private HikariDataSource dataSource;
    private OrderedAppendJdbcEventStorageEngine engine;
    private BoundedAggregateCache cache;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        dataSource = H2FileDataSource.open("events", dir.resolve("events"), "", 4); // as the embedded default's
        TransactionManager transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        ConnectionProvider connections = new SpringDataSourceConnectionProvider(dataSource);
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        engine = new OrderedAppendJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(new DuplicateAppendResolver())
                .schema(EventSchema.builder().build()), connections);
        transactions.executeInTransaction(() -> {
            engine.createSchema(PostgresEventTableFactory.INSTANCE);
            engine.createAppendLock();
        });
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        cache = new BoundedAggregateCache(100);
        EventSourcingRepository<Counter> repository = EventSourcingRepository.builder(Counter.class)
                .eventStore(store).cache(cache).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().transactionManager(transactions).build();
        AggregateAnnotationCommandHandler.<Counter>builder().aggregateType(Counter.class).repository(repository)
                .build().subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @AfterEach
    void stop() {
        dataSource.close();
    }

    @Test
    void aStaleCachedAggregateCostsOneConflictAndIsThenReadAgain() {
        commands.sendAndWait(new Start("c-1"));
        assertThat((int) commands.sendAndWait(new Count("c-1"))).isEqualTo(1);
        assertThat(cache.containsKey("c-1")).isTrue();

        // Another instance counted meanwhile: sequence 2 is in the store, the cached aggregate is at 1.
        engine.appendEvents(new GenericDomainEventMessage<>("Counter", "c-1", 2, new Counted("c-1")));

        assertThatThrownBy(() -> commands.sendAndWait(new Count("c-1")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(cache.containsKey("c-1")).isFalse();
        assertThat((int) commands.sendAndWait(new Count("c-1"))).isEqualTo(3);
    }

    record Start(String id) {
    }

    record Count(@TargetAggregateIdentifier String id) {
    }

    record Started(String id) {
    }

    record Counted(String id) {
    }

    static class Counter {

        @AggregateIdentifier
        private String id;
        private int count;

        Counter() {
        }

        @CommandHandler
        Counter(Start command) {
            apply(new Started(command.id()));
        }

        @CommandHandler
        int handle(Count command) {
            apply(new Counted(id));
            return count;
        }

        @EventSourcingHandler
        void on(Started event) {
            id = event.id();
        }

        @EventSourcingHandler
        void on(Counted event) {
            count++;
        }
    }
}
