package dev.urakata.config.refusals;

import com.zaxxer.hikari.HikariDataSource;
import dev.urakata.config.UrakataProperties;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.config.testing.LocalPostgres;
import dev.urakata.config.testing.MovableClock;
import dev.urakata.shared.audit.RefusalKind;
import dev.urakata.shared.audit.RefusalLogEntry;
import dev.urakata.shared.audit.RefusalLogPage;
import dev.urakata.shared.audit.RefusalLogVerification;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The security and refusal log: appended, chained, searched, rate-limited, verified, and tamper-evident. */
class RefusalLogTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T09:00:00.123456Z"));
    private final DataSource database = EmbeddedDatabase.create();
    private final JdbcTemplate sql = new JdbcTemplate(database);

    private RefusalLog log(DataSource dataSource, int perClientPerMinute) {
        return new RefusalLog(dataSource, new UrakataProperties.Refusals(perClientPerMinute, 1000), clock);
    }

    static RefusalAttempt refused(String user, String client) {
        return new RefusalAttempt(RefusalKind.REFUSED, 422, "FOUR_EYES_REQUIRED", "refused by a business rule", user,
                "POST", "/api/purchasing/orders/{purchaseOrderId}/approve", "ApprovePurchaseOrderCommand",
                "purchaseOrderId=po-1", client);
    }

    @Test
    void rowsAreChainedFromTheGenesisAndReadBackNewestFirst() {
        RefusalLog log = log(database, 60);
        log.record(refused("ops", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        log.record(new RefusalAttempt(RefusalKind.FORBIDDEN, 403, "FORBIDDEN", "the caller's roles do not allow this",
                "staff1", "GET", "/api/hr/employees", null, null, "10.0.0.2"));
        log.record(new RefusalAttempt(RefusalKind.SIGN_IN_FAILED, 401, "UNAUTHENTICATED",
                "wrong account name or password", null, "GET", "/api/me", null, null, "10.0.0.3"));

        RefusalLogPage page = log.search(new RefusalLog.Search(null, null, null, null, null, null), 0, 10);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(RefusalLogEntry::sequence).containsExactly(3L, 2L, 1L);
        RefusalLogEntry first = page.items().get(2);
        assertThat(first.previousHash()).isEqualTo(RefusalChain.GENESIS);
        assertThat(first.recordedAt()).as("stored to the millisecond").isEqualTo("2026-05-01T09:00:00.123Z");
        assertThat(first).extracting(RefusalLogEntry::kind, RefusalLogEntry::status, RefusalLogEntry::code,
                RefusalLogEntry::user, RefusalLogEntry::method, RefusalLogEntry::route, RefusalLogEntry::commandType,
                RefusalLogEntry::target, RefusalLogEntry::clientAddress, RefusalLogEntry::suppressed)
                .containsExactly(RefusalKind.REFUSED, 422, "FOUR_EYES_REQUIRED", "ops", "POST",
                        "/api/purchasing/orders/{purchaseOrderId}/approve", "ApprovePurchaseOrderCommand",
                        "purchaseOrderId=po-1", "10.0.0.1", 0L);
        for (int i = 0; i < 2; i++) {
            assertThat(page.items().get(i).previousHash()).isEqualTo(page.items().get(i + 1).hash());
        }
        page.items().forEach(row -> assertThat(row.hash()).isEqualTo(RefusalChain.hash(row)));

        RefusalLogVerification verified = log.verify();
        assertThat(verified.intact()).isTrue();
        assertThat(verified.rowsChecked()).isEqualTo(3);
        assertThat(verified.headSequence()).isEqualTo(3);
        assertThat(verified.headHash()).isEqualTo(page.items().get(0).hash());
        assertThat(verified.firstBrokenSequence()).isNull();
    }

    @Test
    void anEmptyLogVerifiesWithNothingChecked() {
        RefusalLogVerification empty = log(database, 60).verify();
        assertThat(empty.intact()).isTrue();
        assertThat(empty.rowsChecked()).isZero();
        assertThat(empty.headSequence()).isNull();
    }

    @Test
    void aChangedRowBreaksTheChainAtThatRow() {
        RefusalLog log = threeRows();
        sql.update("UPDATE " + RefusalLog.TABLE + " SET code = 'NO_CHANGE' WHERE seq = 2");
        RefusalLogVerification broken = log.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenSequence()).isEqualTo(2);
        assertThat(broken.problem()).contains("hash does not match its fields");
        assertThat(broken.rowsChecked()).isEqualTo(3);
    }

    @Test
    void aChangedRowWhoseHashWasRecomputedBreaksTheLinkAfterIt() {
        RefusalLog log = threeRows();
        RefusalLogEntry second = log.search(new RefusalLog.Search(null, null, null, null, null, null), 1, 1)
                .items().get(0);
        RefusalLogEntry forged = new RefusalLogEntry(2, second.recordedAt(), second.kind(), second.status(),
                "NO_CHANGE", second.reason(), second.user(), second.method(), second.route(), second.commandType(),
                second.target(), second.clientAddress(), second.suppressed(), second.previousHash(), null);
        sql.update("UPDATE " + RefusalLog.TABLE + " SET code = ?, row_hash = ? WHERE seq = 2", "NO_CHANGE",
                RefusalChain.hash(forged));
        RefusalLogVerification broken = log.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenSequence()).isEqualTo(3);
        assertThat(broken.problem()).contains("does not name the hash of the row before");
    }

    @Test
    void aRemovedRowIsMissedWhereItWas() {
        RefusalLog log = threeRows();
        sql.update("DELETE FROM " + RefusalLog.TABLE + " WHERE seq = 2");
        RefusalLogVerification broken = log.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenSequence()).isEqualTo(2);
        assertThat(broken.problem()).isEqualTo("row 2 is missing");

        DataSource other = EmbeddedDatabase.create();
        RefusalLog fromTheStart = threeRows(other);
        new JdbcTemplate(other).update("DELETE FROM " + RefusalLog.TABLE + " WHERE seq = 1");
        assertThat(fromTheStart.verify().firstBrokenSequence()).as("the first row is missed too").isEqualTo(1);
    }

    private RefusalLog threeRows() {
        return threeRows(database);
    }

    private RefusalLog threeRows(DataSource dataSource) {
        RefusalLog log = log(dataSource, 60);
        for (String user : List.of("ops", "admin", "hr")) {
            log.record(refused(user, "10.0.0.1"));
        }
        assertThat(log.verify().intact()).isTrue();
        return log;
    }

    @Test
    void aClientBeyondItsLimitIsCountedAndTheCountIsWrittenWithItsNextRow() {
        RefusalLog log = log(database, 3);
        for (int i = 0; i < 8; i++) {
            log.record(refused("ops", "10.0.0.1"));
        }
        log.record(refused("admin", "10.0.0.2"));
        assertThat(clientRows(log, "10.0.0.1")).hasSize(3);
        assertThat(clientRows(log, "10.0.0.2")).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        log.record(refused("ops", "10.0.0.1"));
        List<RefusalLogEntry> rows = clientRows(log, "10.0.0.1");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).suppressed()).as("the five left out, on the next row").isEqualTo(5);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aFloodFollowedBySilenceLeavesARowWithItsCountWhenItsMinuteEnds() {
        RefusalLog log = log(database, 2);
        for (int i = 0; i < 7; i++) {
            log.record(refused(null, "10.0.0.9"));
        }
        log.writeEndedWindows();
        assertThat(clientRows(log, "10.0.0.9")).as("the minute is not over").hasSize(2);
        clock.advance(Duration.ofSeconds(61));
        log.writeEndedWindows();
        List<RefusalLogEntry> rows = clientRows(log, "10.0.0.9");
        assertThat(rows).hasSize(3);
        RefusalLogEntry summary = rows.get(0);
        assertThat(summary.kind()).isEqualTo(RefusalKind.SUPPRESSED);
        assertThat(summary.suppressed()).isEqualTo(5);
        assertThat(summary.status()).isNull();
        assertThat(summary.code()).isNull();
        assertThat(summary.reason()).contains("2026-05-01T09:00:00.123Z");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void closingWritesWhatWasLeftOutSoFar() {
        RefusalLog log = log(database, 1);
        log.record(refused("ops", "10.0.0.1"));
        log.record(refused("ops", "10.0.0.1"));
        log.close();
        List<RefusalLogEntry> rows = clientRows(log(database, 1), "10.0.0.1");
        assertThat(rows).extracting(RefusalLogEntry::kind, RefusalLogEntry::suppressed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RefusalKind.SUPPRESSED, 1L),
                        org.assertj.core.groups.Tuple.tuple(RefusalKind.REFUSED, 0L));
    }

    @Test
    void searchFiltersAreWholeMatchesUserAndCodeInAnyCase() {
        RefusalLog log = log(database, 60);
        log.record(refused("ops", "10.0.0.1"));
        clock.advance(Duration.ofHours(1));
        log.record(new RefusalAttempt(RefusalKind.FORBIDDEN, 403, "FORBIDDEN", "the caller's roles do not allow this",
                "staff1", "GET", "/api/hr/employees", null, null, "10.0.0.2"));
        clock.advance(Duration.ofHours(1));
        log.record(new RefusalAttempt(RefusalKind.SIGN_IN_FAILED, 401, "UNAUTHENTICATED",
                "wrong account name or password", "Ops", "GET", "/api/me", null, null, "10.0.0.3"));

        assertThat(sequences(log, new RefusalLog.Search("OPS", null, null, null, null, null))).containsExactly(3L, 1L);
        assertThat(sequences(log, new RefusalLog.Search("op", null, null, null, null, null))).isEmpty();
        assertThat(sequences(log, new RefusalLog.Search(null, RefusalKind.FORBIDDEN, null, null, null, null)))
                .containsExactly(2L);
        assertThat(sequences(log, new RefusalLog.Search(null, null, "four_eyes_required", null, null, null)))
                .containsExactly(1L);
        assertThat(sequences(log, new RefusalLog.Search(null, null, null, null, null, "/api/hr/employees")))
                .containsExactly(2L);
        Instant second = Instant.parse("2026-05-01T10:00:00.123Z");
        assertThat(sequences(log, new RefusalLog.Search(null, null, null, second, null, null)))
                .as("from is inclusive").containsExactly(3L, 2L);
        assertThat(sequences(log, new RefusalLog.Search(null, null, null, null, second, null)))
                .as("to is exclusive").containsExactly(1L);
        RefusalLogPage paged = log.search(new RefusalLog.Search(null, null, null, null, null, null), 1, 2);
        assertThat(paged.total()).isEqualTo(3);
        assertThat(paged.items()).extracting(RefusalLogEntry::sequence).containsExactly(1L);
    }

    @Test
    void whatARequestCanPutInAFieldIsStoredAsHashedAndCutToItsColumn() {
        RefusalLog log = log(database, 60);
        String hostile = "/api/x\u0000y\u202Ez\uD800" + "a".repeat(400) + "\uD83D\uDE00";
        log.record(new RefusalAttempt(RefusalKind.SIGN_IN_FAILED, 401, "UNAUTHENTICATED", "credentials refused",
                null, "GET", hostile, null, "id=\uD83D\uDE00\u0007", "10.0.0.1"));
        RefusalLogEntry row = log.search(new RefusalLog.Search(null, null, null, null, null, null), 0, 1)
                .items().get(0);
        assertThat(row.route()).startsWith("/api/x\uFFFDy\u202Ez\uFFFDaaa").hasSize(300);
        assertThat(row.target()).isEqualTo("id=\uD83D\uDE00\uFFFD");
        assertThat(log.verify().intact()).isTrue();
        assertThat(RefusalLog.text("ab\uD83D\uDE00", 3)).as("a pair is never split").isEqualTo("ab");
    }

    @Test
    void concurrentAppendsKeepOneChain() throws Exception {
        RefusalLog log = log(database, 1000);
        appendConcurrently(List.of(log), 8, 40);
        assertOneChain(log, 320);
    }

    /** Two processes on one database: each has its own lock, the primary key alone keeps the chain whole. */
    @Test
    void twoProcessesAppendingToOneH2DatabaseKeepOneChain() throws Exception {
        RefusalLog first = log(database, 1000);
        RefusalLog second = log(database, 1000);
        appendConcurrently(List.of(first, second), 8, 30);
        assertOneChain(first, 240);
    }

    @Test
    void twoProcessesAppendingToOnePostgresDatabaseKeepOneChain() throws Exception {
        LocalPostgres postgres = LocalPostgres.get();
        String url = postgres.newDatabase("refusal_log_race");
        List<HikariDataSource> pools = new ArrayList<>();
        try {
            List<RefusalLog> processes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HikariDataSource pool = new HikariDataSource();
                pool.setJdbcUrl(url);
                pool.setUsername(postgres.user());
                pool.setMaximumPoolSize(4);
                pools.add(pool);
                processes.add(log(pool, 1000));
            }
            appendConcurrently(processes, 8, 25);
            assertOneChain(processes.get(0), 200);
            RefusalLogEntry newest = processes.get(1).search(new RefusalLog.Search(null, null, null, null, null,
                    null), 0, 1).items().get(0);
            assertThat(newest.recordedAt()).as("a timestamp with time zone gives the stored millisecond back")
                    .isEqualTo("2026-05-01T09:00:00.123Z");
        } finally {
            pools.forEach(HikariDataSource::close);
        }
    }

    private void appendConcurrently(List<RefusalLog> processes, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RefusalLog log = processes.get(t % processes.size());
                String client = "10.0.1." + t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        log.record(refused("user" + i, client));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneChain(RefusalLog log, int rows) {
        RefusalLogVerification verified = log.verify();
        assertThat(verified.intact()).as(verified.toString()).isTrue();
        assertThat(verified.rowsChecked()).isEqualTo(rows);
        List<RefusalLogEntry> all = new ArrayList<>(log.search(new RefusalLog.Search(null, null, null, null, null,
                null), 0, rows).items());
        all.sort(Comparator.comparingLong(RefusalLogEntry::sequence));
        assertThat(all).extracting(RefusalLogEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, rows).boxed().toList());
        assertThat(all.stream().map(RefusalLogEntry::previousHash).distinct().count())
                .as("no two rows claim the same predecessor: the chain never forked").isEqualTo(rows);
    }

    private static List<RefusalLogEntry> clientRows(RefusalLog log, String client) {
        return log.search(new RefusalLog.Search(null, null, null, null, null, null), 0, 200).items().stream()
                .filter(row -> client.equals(row.clientAddress())).toList();
    }

    private static List<Long> sequences(RefusalLog log, RefusalLog.Search search) {
        return log.search(search, 0, 50).items().stream().map(RefusalLogEntry::sequence).toList();
    }
}
