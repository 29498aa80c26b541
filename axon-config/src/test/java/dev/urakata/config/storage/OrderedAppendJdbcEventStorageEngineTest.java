package dev.urakata.config.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario that makes a JDBC tracking processor skip a committed event for good, run against Axon's plain
 * engine (where it does skip, which shows the scenario is real) and against ours (where nothing is skipped).
 *
 * <p>Two transactions take global indexes 1 and 3 and stay open while two others commit 2 and 4. A tracking reader
 * sees 2 and 4 and keeps gaps at 1 and 3; with the next batch after the gap timeout, Axon drops both gaps (each is
 * followed by an event older than the timeout). When the slow transactions finally commit, their events are never
 * delivered.
 */
class OrderedAppendJdbcEventStorageEngineTest {

    private static final int GAP_TIMEOUT_MILLIS = 100;

    @TempDir
    Path dir;

    private HikariDataSource dataSource;
    private TransactionManager transactions;
    private ConnectionProvider connections;

    @BeforeEach
    void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:file:" + dir.resolve("events")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUsername("test");
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        connections = new SpringDataSourceConnectionProvider(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void axonsPlainEngineSkipsAnEventWhoseTransactionCommitsAfterTheGapTimedOut() throws Exception {
        JdbcEventStorageEngine plain = builder().build();
        transactions.executeInTransaction(() -> plain.createSchema(PostgresEventTableFactory.INSTANCE));

        List<String> seen = runSlowAndFastAppends(plain, false);

        // slow-1's gap is the oldest and has certainly timed out: it is lost for good. Whether slow-2's gap was
        // cleaned too depends on how the reader's polls fall on a loaded machine, so that is not asserted.
        assertThat(seen).containsSubsequence("fast-1", "fast-2", "fast-3").doesNotContain("slow-1");
    }

    @Test
    void serializedAppendsNeverLetAProcessorSkipACommittedEvent() throws Exception {
        OrderedAppendJdbcEventStorageEngine ordered = new OrderedAppendJdbcEventStorageEngine(builder(), connections);
        transactions.executeInTransaction(() -> {
            ordered.createSchema(PostgresEventTableFactory.INSTANCE);
            ordered.createAppendLock();
        });

        List<String> seen = runSlowAndFastAppends(ordered, true);

        assertThat(seen).containsExactlyInAnyOrder("slow-1", "fast-1", "slow-2", "fast-2", "fast-3");
        assertThat(seen.get(0)).isEqualTo("slow-1");
    }

    @Test
    void creatingTheSchemaTwiceIsHarmless() {
        OrderedAppendJdbcEventStorageEngine ordered = new OrderedAppendJdbcEventStorageEngine(builder(), connections);
        for (int i = 0; i < 2; i++) {
            transactions.executeInTransaction(() -> {
                ordered.createSchema(PostgresEventTableFactory.INSTANCE);
                ordered.createAppendLock();
            });
        }
        transactions.executeInTransaction(() -> ordered.appendEvents(event("only", "A")));
        assertThat(readAll(ordered, null).stream().map(m -> (String) m.getPayload())).containsExactly("only");
    }

    /**
     * Runs the scenario and returns the payloads a tracking reader saw, in order: slow-1 (held open), fast-1
     * (committed), slow-2 (held open), fast-2 (committed); then the slow ones commit after the gap timeout.
     *
     * @param appendsWait whether an append is expected to block while an earlier one is uncommitted
     */
    private List<String> runSlowAndFastAppends(JdbcEventStorageEngine engine, boolean appendsWait)
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch slow1Appended = new CountDownLatch(1);
        CountDownLatch slow2Appended = new CountDownLatch(1);
        CompletableFuture<Void> slow1 = heldOpen(engine, "slow-1", "A", slow1Appended, release);
        assertThat(slow1Appended.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> fast1 = committed(engine, "fast-1", "B");
        settle(fast1, appendsWait);
        CompletableFuture<Void> slow2 = heldOpen(engine, "slow-2", "C", slow2Appended, release);
        if (!appendsWait) {
            assertThat(slow2Appended.await(10, TimeUnit.SECONDS)).isTrue();
        }
        CompletableFuture<Void> fast2 = committed(engine, "fast-2", "D");
        settle(fast2, appendsWait);

        // A tracking reader polls while the slow transactions are open, for well past the gap timeout.
        List<TrackedEventMessage<?>> seen = new ArrayList<>();
        TrackingToken token = null;
        long until = System.currentTimeMillis() + 5 * GAP_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < until) {
            token = readInto(engine, token, seen);
            Thread.sleep(20);
        }
        assertThat(fast1.isDone()).isEqualTo(!appendsWait);
        // Gaps are cleaned when the next batch arrives: a further event after the timeout brings one.
        CompletableFuture<Void> fast3 = committed(engine, "fast-3", "E");
        settle(fast3, appendsWait);
        token = readInto(engine, token, seen);

        release.countDown();
        CompletableFuture.allOf(slow1, fast1, slow2, fast2, fast3).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            token = readInto(engine, token, seen);
            Thread.sleep(20);
        }
        return seen.stream().map(m -> (String) m.getPayload()).collect(Collectors.toList());
    }

    private CompletableFuture<Void> heldOpen(JdbcEventStorageEngine engine, String payload, String aggregate,
                                             CountDownLatch appended, CountDownLatch release) {
        return CompletableFuture.runAsync(() -> transactions.executeInTransaction(() -> {
            engine.appendEvents(event(payload, aggregate));
            appended.countDown();
            await(release);
        }));
    }

    private CompletableFuture<Void> committed(JdbcEventStorageEngine engine, String payload, String aggregate) {
        return CompletableFuture.runAsync(() -> transactions.executeInTransaction(() ->
                engine.appendEvents(event(payload, aggregate))));
    }

    /** Without serialized appends, waits for the commit; with them, gives the blocked append time to queue. */
    private static void settle(CompletableFuture<Void> append, boolean appendsWait) throws Exception {
        if (appendsWait) {
            Thread.sleep(100);
        } else {
            append.get(10, TimeUnit.SECONDS);
        }
    }

    private TrackingToken readInto(JdbcEventStorageEngine engine, TrackingToken token,
                                   List<TrackedEventMessage<?>> seen) {
        List<? extends TrackedEventMessage<?>> batch = readAll(engine, token);
        seen.addAll(batch);
        return batch.isEmpty() ? token : batch.get(batch.size() - 1).trackingToken();
    }

    private List<? extends TrackedEventMessage<?>> readAll(JdbcEventStorageEngine engine, TrackingToken token) {
        return transactions.fetchInTransaction(() -> engine.readEvents(token, false)
                .map(Function.<TrackedEventMessage<?>>identity()).collect(Collectors.toList()));
    }

    private JdbcEventStorageEngine.Builder builder() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(EventSchema.builder().build())
                .gapTimeout(GAP_TIMEOUT_MILLIS)
                .gapCleaningThreshold(1); // clean as soon as there are two gaps
    }

    private static GenericDomainEventMessage<String> event(String payload, String aggregate) {
        return new GenericDomainEventMessage<>("Test", aggregate, 0, payload);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
