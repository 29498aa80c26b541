package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import dev.urakata.config.processing.AggregateCaches;
import dev.urakata.shared.hr.ChangeEmployeeSalaryCommand;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The benchmark run (profile {@code bench} only; never part of the default build): the standalone application in
 * this JVM on a fresh data directory, every figure measured beside a baseline on the same stores in the same run,
 * written to {@code target/benchmarks/report.md} and {@code report.json}. It asserts nothing about timings; it fails
 * only when an operation it measures fails (except the holiday peak, which counts its failed calls instead).
 *
 * <p>Settings (system properties): {@code bench.calls} commands per concurrency level (default 2000),
 * {@code bench.rebuild-events} events in the store before the rebuild is measured (default 20000),
 * {@code bench.rebuilds} the processors whose rebuild is measured (default employee-directory,audit-trail),
 * {@code bench.history} aggregate history lengths (default 10,100,1000: a history of 10,000 salary changes of one
 * employee outruns the directory and payroll-input views, which keep an employee's salary history in one document
 * that each change rewrites; see the README), {@code bench.batch} raw bulk
 * upsert batch size (default 1000), {@code bench.snapshot-threshold} (default 100, the application's default),
 * {@code bench.peak-seconds} how long the holiday peak's 16 clients run (default 60), {@code bench.peak-shifts}
 * shifts each of the peak's 16 employees is rostered on, which caps its clock-ins (default 48),
 * {@code bench.idle-seconds} how long idle CPU is measured (default 60), {@code bench.idle-growth-minutes} how long
 * the idle data directory is watched for growth (default 10), {@code bench.size-events} events in the store before
 * its size on disk is measured (default 20000), {@code bench.size-settle-seconds} how long after that load it is
 * measured again, at rest (default 90), {@code bench.sections} (default all:
 * micro,commands,queries,read-your-writes,aggregates,rebuild,holiday-peak,size,idle; micro is the JMH part,
 * {@link MicroBenchmarks}; idle always runs last, whatever its place in the list).
 *
 * <p>Sections: commands (command path), queries (queries under load), read-your-writes, aggregates (aggregate
 * load), rebuild (projection rebuild), holiday-peak (a mixed load of stock, shipping, invoicing, payments and
 * clocking from 16 clients for a fixed time, and the views' catch-up after it), size (the data directory against
 * the events' own JSON), idle (CPU and data directory growth with no requests).
 */
class BenchmarkSuite {

    static final int CALLS = Integer.getInteger("bench.calls", 2000);
    static final int REBUILD_EVENTS = Integer.getInteger("bench.rebuild-events", 20_000);
    static final int BATCH = Integer.getInteger("bench.batch", 1000);
    static final int SNAPSHOT_THRESHOLD = Integer.getInteger("bench.snapshot-threshold", 100);
    static final int[] HISTORY = parse(System.getProperty("bench.history", "10,100,1000"));
    static final int[] CLIENTS = java.util.Arrays.stream(System.getProperty("bench.clients", "1,8,32").split(","))
            .mapToInt(Integer::parseInt).toArray();
    static final int PEAK_SECONDS = Integer.getInteger("bench.peak-seconds", 60);
    static final int PEAK_SHIFTS = Integer.getInteger("bench.peak-shifts", 48);
    static final int PEAK_CLIENTS = 16;
    /** The writers beside the queries under load. */
    static final int WRITERS = 8;
    static final int IDLE_SECONDS = Integer.getInteger("bench.idle-seconds", 60);
    static final int IDLE_GROWTH_MINUTES = Integer.getInteger("bench.idle-growth-minutes", 10);
    static final int SIZE_EVENTS = Integer.getInteger("bench.size-events", 20_000);
    static final int SIZE_SETTLE_SECONDS = Integer.getInteger("bench.size-settle-seconds", 90);
    static final List<String> REBUILDS = List.of(System.getProperty("bench.rebuilds",
            "employee-directory,audit-trail").split(","));
    static final List<String> SECTIONS = List.of(System.getProperty("bench.sections",
            "micro,commands,queries,read-your-writes,aggregates,rebuild,holiday-peak,size,idle").split(","));
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 5, 1);
    static final Money PREVIOUS = Money.of("350000", "JPY");

    @TempDir
    Path dataDir;

    ConfigurableApplicationContext context;
    Api api;
    final AtomicLong amounts = new AtomicLong(500_000);
    final BenchmarkReport report = new BenchmarkReport();

    @Test
    void measureEverythingAndWriteTheReport() throws Exception {
        report.setting("calls", CALLS);
        report.setting("rebuildEvents", REBUILD_EVENTS);
        report.setting("batch", BATCH);
        report.setting("snapshotThreshold", SNAPSHOT_THRESHOLD);
        report.setting("sections", SECTIONS);
        report.setting("rebuilds", REBUILDS);
        report.setting("history", java.util.Arrays.toString(HISTORY));
        report.setting("peakSeconds", PEAK_SECONDS);
        report.setting("peakShifts", PEAK_SHIFTS);
        report.setting("idleSeconds", IDLE_SECONDS);
        report.setting("idleGrowthMinutes", IDLE_GROWTH_MINUTES);
        report.setting("sizeEvents", SIZE_EVENTS);
        if (SECTIONS.contains("micro")) {
            MicroBenchmarks.run(report); // before the application starts: nothing else runs beside JMH's fork
        }
        context = new SpringApplicationBuilder(UrakataApplication.class).run("--server.port=0",
                "--urakata.data-dir=" + dataDir, "--logging.level.root=WARN",
                "--urakata.processing.snapshot-threshold=" + SNAPSHOT_THRESHOLD);
        try {
            api = new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
            if (SECTIONS.contains("commands")) {
                commandPath();
                recordJvm("commands");
            }
            if (SECTIONS.contains("queries")) {
                queriesUnderLoad();
                recordJvm("queries");
            }
            if (SECTIONS.contains("read-your-writes")) {
                readYourWrites();
                recordJvm("read-your-writes");
            }
            if (SECTIONS.contains("aggregates")) {
                aggregateLoad();
                recordJvm("aggregates");
            }
            if (SECTIONS.contains("rebuild")) {
                projectionRebuild();
                recordJvm("rebuild");
            }
            if (SECTIONS.contains("holiday-peak")) {
                holidayPeak();
                recordJvm("holiday-peak");
            }
            if (SECTIONS.contains("size")) {
                storeSize();
                recordJvm("size");
            }
            // Last, so that it sees what every other section left behind settle and then nothing more.
            if (SECTIONS.contains("idle")) {
                idle();
                recordJvm("idle");
            }
        } finally {
            report.write(Path.of("target", "benchmarks"));
            context.close();
            keepDataDirectory();
        }
    }

    /**
     * Commands/s and latency in process and over HTTP, against raw appends of the same events to the same store:
     * with the processors projecting them (the baseline of #15's targets), and with the processors stopped (the
     * store alone). Each phase makes {@code bench.calls} calls; with a few hundred, raw appends ended before the
     * processors they woke got going, and the baseline swung between 180 and 1,500 appends/s from run to run.
     */
    void commandPath() throws Exception {
        CommandGateway commands = context.getBean(CommandGateway.class);
        EventStore store = context.getBean(EventStore.class);
        List<String> targets = hire(32, "CMD");
        List<String> rawTargets = hire(32, "RAW");
        long[] rawSequence = new long[32];
        java.util.Arrays.fill(rawSequence, 1);
        // Warm up every path once before measuring.
        LoadDriver.run(8, 200, (c, n) -> changeOverHttp(targets.get(c)));
        for (int clients : CLIENTS) {
            // Each phase starts with every processor caught up, so that none pays for the projections of the
            // events the phase before it appended (raw appends leave theirs to whatever runs next).
            awaitProcessorsIdle();
            LoadDriver.Operation rawAppend = (c, n) -> appendRaw(store, rawTargets.get(c), rawSequence[c]++);
            // The store alone: what appends do with no processor projecting them (they catch up afterwards).
            stopProcessors();
            LoadDriver.Result storeAlone = LoadDriver.run(clients, CALLS, rawAppend);
            startProcessors();
            awaitProcessorsIdle();
            // The baseline: the same appends with the processors projecting them, as a command's events are.
            LoadDriver.Result raw = LoadDriver.run(clients, CALLS, rawAppend);
            awaitProcessorsIdle();
            LoadDriver.Result inProcess = LoadDriver.run(clients, CALLS, (c, n) -> asHr(() ->
                    commands.sendAndWait(new ChangeEmployeeSalaryCommand(new EmployeeId(targets.get(c)),
                            nextSalary(), EFFECTIVE, "in process"))));
            awaitProcessorsIdle();
            LoadDriver.Result http = LoadDriver.run(clients, CALLS, (c, n) -> changeOverHttp(targets.get(c)));
            requireNoFailures(storeAlone, raw, inProcess, http);
            String rawName = "raw appends, " + clients + " clients";
            add("command path", "in process, " + clients + " clients, against the store alone",
                    inProcess.perSecond(), "cmd/s", "raw appends, " + clients + " clients, processors stopped",
                    storeAlone.perSecond(), "higher");
            add("command path", "in process, " + clients + " clients", inProcess.perSecond(), "cmd/s", rawName,
                    raw.perSecond(), "higher");
            add("command path", "over HTTP, " + clients + " clients", http.perSecond(), "cmd/s", rawName,
                    raw.perSecond(), "higher");
            for (double p : new double[] {0.5, 0.99}) {
                String pct = "p" + Math.round(p * 100);
                add("command latency", "in process " + pct + ", " + clients + " clients",
                        inProcess.percentileMillis(p), "ms", "raw append " + pct, raw.percentileMillis(p), "lower");
                add("command latency", "over HTTP " + pct + ", " + clients + " clients",
                        http.percentileMillis(p), "ms", "raw append " + pct, raw.percentileMillis(p), "lower");
            }
        }
    }

    /**
     * One salary change of {@code employee} appended with no command around it, through the event store that a
     * command's events go to, so that its commit wakes the processors as a command's does. Until 2026-12-07 the raw
     * appends went straight to the storage engine, which tells nobody: the processors found them on the store's
     * once-a-second look for events written elsewhere, and a burst of 2,000 appends (under a second at 8 clients)
     * was over before the projections it set off had begun, while the commands measured beside it had theirs
     * running all along.
     */
    private void appendRaw(EventStore store, String employee, long sequence) {
        EmployeeId id = new EmployeeId(employee);
        inAppendOrder(() -> store.publish(new GenericDomainEventMessage<>("Employee", id.value(), sequence,
                new EmployeeSalaryChangedEvent(id, nextSalary(), EFFECTIVE, "raw", PREVIOUS))));
    }

    /**
     * Runs {@code appends} as a command's appends run: in a unit of work with its transaction, so that the store's
     * append lock is held until the commit and global positions follow commit order. Until 2026-12-07 the bench
     * appended outside any transaction, the lock ended with its own statement, and 32 clients' appends committed out
     * of order: an event filling a gap late reached the processors with a later event's position (297 duplicate
     * positions in the audit trail of one full run, and as many links overwritten in the hash chain).
     */
    private void inAppendOrder(Runnable appends) {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        unit.attachTransaction(context.getBean(TransactionManager.class));
        unit.execute(appends);
    }

    /** Directory queries while eight clients send commands, against the same queries on an idle service. */
    void queriesUnderLoad() throws Exception {
        awaitProcessorsIdle(); // "idle" means idle: nothing left over from the command path
        // Each writer changes the salaries of eight employees in turn. Until 2026-12-07 each wrote to one employee:
        // once the command path was fast enough, eight employees got some 3,000 salary changes each in a minute,
        // and the directory and payroll-input views, which keep an employee's whole salary history in one
        // document (#18), fell 15,000 events behind and took more than ten minutes to catch up.
        List<String> targets = hire(WRITERS * 8, "QRY");
        String one = targets.get(0);
        LoadDriver.Operation list = (c, n) -> expect(api.get("hr", "/api/hr/employees?size=20&page=" + (n % 3)), 200);
        LoadDriver.Operation find = (c, n) -> expect(api.get("hr", "/api/hr/employees/" + one), 200);
        LoadDriver.Result idleList = LoadDriver.run(4, CALLS, list);
        LoadDriver.Result idleFind = LoadDriver.run(4, CALLS, find);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> load = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            List<String> own = targets.subList(writer * 8, writer * 8 + 8);
            Thread thread = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    changeOverHttp(own.get(n % own.size()));
                }
            });
            thread.start();
            load.add(thread);
        }
        LoadDriver.Result busyList;
        LoadDriver.Result busyFind;
        try {
            busyList = LoadDriver.run(4, CALLS, list);
            busyFind = LoadDriver.run(4, CALLS, find);
        } finally {
            stop.set(true);
            for (Thread thread : load) {
                thread.join();
            }
        }
        requireNoFailures(idleList, idleFind, busyList, busyFind);
        for (double p : new double[] {0.5, 0.99}) {
            String pct = "p" + Math.round(p * 100);
            add("queries", "directory page " + pct + " under 8 writers", busyList.percentileMillis(p), "ms",
                    "same query, idle, " + pct, idleList.percentileMillis(p), "lower");
            add("queries", "one employee " + pct + " under 8 writers", busyFind.percentileMillis(p), "ms",
                    "same query, idle, " + pct, idleFind.percentileMillis(p), "lower");
        }
    }

    /** From a command's 200 to the change being visible in the directory, against one plain read. */
    void readYourWrites() throws InterruptedException {
        // The lag of one change on a quiet service, not the drain of what an earlier section left behind.
        awaitProcessorsIdle();
        String id = hire(1, "RYW").get(0);
        List<Long> lags = new ArrayList<>();
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < Math.max(20, CALLS / 8); i++) {
            String amount = Long.toString(amounts.incrementAndGet());
            expect(api.post("hr", "/api/hr/employees/" + id + "/salary-changes", salaryJson(amount)), 200);
            long answered = System.nanoTime();
            while (true) {
                long t0 = System.nanoTime();
                JsonNode employee = api.get("hr", "/api/hr/employees/" + id).json();
                reads.add(System.nanoTime() - t0);
                if (amount.equals(employee.path("currentSalary").path("amount").asText())) {
                    break;
                }
            }
            lags.add(System.nanoTime() - answered);
        }
        long[] lag = LoadDriver.sorted(lags);
        long[] read = LoadDriver.sorted(reads);
        for (double p : new double[] {0.5, 0.99}) {
            String pct = "p" + Math.round(p * 100);
            add("read your writes", "lag " + pct, LoadDriver.percentile(lag, p) / 1e6, "ms", "one read " + pct,
                    LoadDriver.percentile(read, p) / 1e6, "lower");
        }
    }

    /**
     * One command on an aggregate with a long history, without a snapshot (its first load) and with one, against
     * reading and deserializing the same events from the store.
     */
    void aggregateLoad() throws Exception {
        CommandGateway commands = context.getBean(CommandGateway.class);
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        EventStore store = context.getBean(EventStore.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        // A cold or snapshot load is measured with the aggregate out of the cache (the history below is appended
        // past the repository, so the cached aggregate is stale as well).
        AggregateCaches aggregates = context.getBean(AggregateCaches.class);
        for (int length : HISTORY) {
            List<Long> cold = new ArrayList<>();
            List<Long> snapshotted = new ArrayList<>();
            List<Long> cached = new ArrayList<>();
            List<Long> raw = new ArrayList<>();
            for (int repeat = 0; repeat < 3; repeat++) {
                String id = hire(1, "AGG" + length + "-" + repeat).get(0);
                EmployeeId employee = new EmployeeId(id);
                List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
                for (long seq = 1; seq < length; seq++) {
                    batch.add(new GenericDomainEventMessage<>("Employee", id, seq,
                            new EmployeeSalaryChangedEvent(employee, nextSalary(), EFFECTIVE, "history", PREVIOUS)));
                    if (batch.size() == 500 || seq == length - 1) {
                        inAppendOrder(() -> engine.appendEvents(batch));
                        batch.clear();
                    }
                }
                // Let every processor catch up with the appended history first, so that the load is not measured
                // against projections busy with it.
                awaitProcessorsIdle();
                long t0 = System.nanoTime();
                DomainEventStream events = store.readEvents(id);
                long count = 0;
                while (events.hasNext()) {
                    events.next().getPayload();
                    count++;
                }
                raw.add(System.nanoTime() - t0);
                assertThat(count).isEqualTo(length);

                aggregates.remove(id);
                t0 = System.nanoTime();
                asHr(() -> commands.sendAndWait(new ChangeEmployeeSalaryCommand(employee, nextSalary(), EFFECTIVE,
                        "cold load")));
                cold.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                asHr(() -> commands.sendAndWait(new ChangeEmployeeSalaryCommand(employee, nextSalary(), EFFECTIVE,
                        "cached")));
                cached.add(System.nanoTime() - t0);
                if (length + 1 >= SNAPSHOT_THRESHOLD) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                            + "snapshotevententry WHERE aggregateidentifier = ?", Long.class, id) > 0);
                    aggregates.remove(id);
                    t0 = System.nanoTime();
                    asHr(() -> commands.sendAndWait(new ChangeEmployeeSalaryCommand(employee, nextSalary(),
                            EFFECTIVE, "snapshot load")));
                    snapshotted.add(System.nanoTime() - t0);
                }
            }
            double rawMs = median(raw);
            add("aggregate load", "command, " + length + " events, no snapshot", median(cold), "ms",
                    "read + deserialize " + length + " events", rawMs, "lower");
            add("aggregate load", "command, " + length + " events, cached", median(cached), "ms",
                    "read + deserialize " + length + " events", rawMs, "lower");
            if (!snapshotted.isEmpty()) {
                add("aggregate load", "command, " + length + " events, snapshot", median(snapshotted), "ms",
                        "read + deserialize " + length + " events", rawMs, "lower");
            }
        }
    }

    /**
     * A blue-green rebuild of the employee directory over the whole store, against raw bulk upserts of the same
     * documents (as many upserts as the rebuild applied events) into the same embedded server.
     */
    void projectionRebuild() throws Exception {
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<String> targets = hire(20, "RBD");
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        long missing = Math.max(0, REBUILD_EVENTS - stored);
        for (int t = 0; t < targets.size() && missing > 0; t++) {
            EmployeeId employee = new EmployeeId(targets.get(t));
            long share = (missing + targets.size() - t - 1) / (targets.size() - t);
            List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
            for (long seq = 1; seq <= share; seq++) {
                batch.add(new GenericDomainEventMessage<>("Employee", employee.value(), seq,
                        new EmployeeSalaryChangedEvent(employee, nextSalary(), EFFECTIVE, "seed", PREVIOUS)));
                if (batch.size() == 500 || seq == share) {
                    inAppendOrder(() -> engine.appendEvents(batch));
                    batch.clear();
                }
            }
            missing -= share;
        }
        awaitProcessorsIdle();
        long inStore = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        report.setting("eventsInStoreAtRebuild", inStore);
        // The directory applies the salary changes; the audit trail applies every event of every context.
        if (REBUILDS.contains("employee-directory")) {
            rebuildBesideRawUpserts("employee-directory", "hr_employee_directory");
        }
        if (REBUILDS.contains("audit-trail")) {
            rebuildBesideRawUpserts("audit-trail", "audit_events");
        }
    }

    /**
     * Events/s of a blue-green rebuild of {@code processor} over the whole store, against raw MongoDB driver bulk
     * upserts of its own documents (from {@code collection}, as many writes as the rebuild applied events) into the
     * same embedded server.
     */
    private void rebuildBesideRawUpserts(String processor, String collection) throws InterruptedException {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        // Every document the rebuild will write again (up to 100,000), so that the raw upserts write each one once
        // as the rebuild does: until 2026-12-06 the first 10,000 went round robin, and the audit trail's baseline
        // then replaced half its documents with themselves.
        List<Document> stored = mongo.getCollection(collection).find().limit(100_000).into(new ArrayList<>());
        // In the order the rebuild writes them, the order of the events that made them (the audit trail's entries
        // carry their event's position; the directory's documents are few and each is written many times). The
        // server returns them by _id, and until 2026-12-07 that order was the baseline's: the B-tree then only ever
        // grew at its right-hand end, while the rebuild's keys (event ids) come at random. Same documents, same
        // server: 32,784 upserts/s by _id and 9,182/s shuffled (audit trail, 50,001 events, 2026-12-07). The
        // by-_id figure stays a setting.
        List<Document> documents = new ArrayList<>(stored);
        documents.sort(Comparator.comparing(doc -> doc.get("globalPosition") instanceof Number position
                ? position.longValue() : Long.MAX_VALUE));

        List<Document> indexes = new ArrayList<>();
        for (Document index : mongo.getCollection(collection).listIndexes()) {
            if (!index.get("key", Document.class).keySet().equals(Set.of("_id"))) {
                indexes.add(index);
            }
        }
        // The server's bulk upsert path serves both figures, and whichever ran first paid for compiling it: until
        // 2026-12-07 that was always the rebuild, measured first. One unreported round of the baseline goes first now.
        rawUpserts(documents, Math.min(documents.size(), 20_000), indexes);
        // A rebuild of a young process runs partly while being compiled (on two cores the JIT has one thread); a
        // process that has been up for a while has compiled what it could before the rebuild starts.
        awaitCompilerQuiet();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        Rebuilt measured = rebuild(processor);
        long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        report.setting(processor + "RebuildJitMillis", jitMillis);
        // A rebuild of a production store runs for minutes to hours, and the few seconds the JIT spends compiling its
        // paths once are lost in it; over the bench's store a short rebuild is half compiling (the audit trail's:
        // 2.3 s of JIT in a 4.3 s catch-up on 2026-12-07). A rebuild shorter than WARM_REBUILD_UNDER is therefore
        // repeated, as JMH measures after its warm-up iterations: at least MIN_REBUILD_ROUNDS rounds, then until two
        // in a row agree within a tenth (at most MAX_REBUILD_ROUNDS). The last round is reported; every round's rate
        // is kept as a setting. Stopping at the first two rounds that agreed was not enough: in the audit trail's
        // second round of 2026-12-07 the C2 compiler used 55 % of the process's CPU, in its fourth it still made 75
        // compilations, and two compile-bound rounds agree with each other as well as two warm ones do.
        int round = 1;
        while (measured.seconds() < WARM_REBUILD_UNDER.toSeconds() && round < MAX_REBUILD_ROUNDS) {
            report.setting(processor + "RebuildRound" + round + "EventsPerSecond", Math.round(measured.perSecond()));
            awaitCompilerQuiet();
            Rebuilt next = rebuild(processor);
            round++;
            boolean steady = Math.abs(next.perSecond() - measured.perSecond()) <= 0.1 * measured.perSecond();
            measured = next;
            if (steady && round >= MIN_REBUILD_ROUNDS) {
                break;
            }
        }
        report.setting(processor + "RebuildRound" + round + "EventsPerSecond", Math.round(measured.perSecond()));
        long applied = measured.applied();

        // The same documents into a collection of the same shape: the target's secondary indexes are part of what
        // the store does for each of its writes. Without them too, for comparison with the runs before 2026-12-06.
        double bare = rawUpserts(documents, applied, List.of());
        report.setting(processor + "RawUpsertsWithoutIndexesPerSecond", Math.round(bare));
        report.setting(processor + "RawUpsertsInIdOrderPerSecond", Math.round(rawUpserts(stored, applied, indexes)));
        add("projection rebuild", processor + " blue-green rebuild, " + applied + " events", measured.perSecond(),
                "events/s",
                "raw bulk upserts in event order, same " + indexes.size() + " indexes (batch " + BATCH + ")",
                rawUpserts(documents, applied, indexes), "higher");
    }

    /** One rebuild: the events it applied, and its rate until queries read the new version. */
    private record Rebuilt(long applied, double perSecond) {

        double seconds() {
            return applied / Math.max(perSecond, 1e-9);
        }
    }

    /** A rebuild shorter than this is measured a second time, warm (see {@link #rebuildBesideRawUpserts}). */
    static final Duration WARM_REBUILD_UNDER = Duration.ofSeconds(30);

    /** At least this many rounds of a short rebuild, the last one measured (see {@link #rebuildBesideRawUpserts}). */
    static final int MIN_REBUILD_ROUNDS = 5;

    /** At most this many rounds of a short rebuild, warm-up included (see {@link #rebuildBesideRawUpserts}). */
    static final int MAX_REBUILD_ROUNDS = 8;

    /** Rebuilds {@code processor} blue-green and waits for the end. */
    private Rebuilt rebuild(String processor) {
        String path = "/api/operations/processors/" + processor;
        expect(api.post("admin", path + "/rebuild", ""), 202);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                List.of("DONE", "FAILED").contains(api.get("admin", path).json().path("rebuild").path("state")
                        .asText()));
        JsonNode rebuild = api.get("admin", path).json().path("rebuild");
        assertThat(rebuild.path("state").asText()).as(rebuild.toString()).isEqualTo("DONE");
        // Until queries read the new version: the run ends twice the route refresh interval later (a constant wait
        // for other instances to read the new routes, reported apart).
        Instant started = Instant.parse(rebuild.path("startedAt").asText());
        Instant switched = Instant.parse(rebuild.path("switchedAt").asText());
        report.setting(processor + "RebuildSwitchToFinishMillis", Duration.between(switched,
                Instant.parse(rebuild.path("finishedAt").asText())).toMillis());
        long applied = rebuild.path("appliedEvents").asLong();
        return new Rebuilt(applied, applied * 1000.0 / Math.max(1, Duration.between(started, switched).toMillis()));
    }

    /** Upserts/s of {@code count} bulk upserts of {@code documents} (round robin) into a new collection. */
    private double rawUpserts(List<Document> documents, long count, List<Document> indexes) {
        MongoCollection<Document> scratch = context.getBean(MongoTemplate.class).getDb()
                .getCollection("bench_raw_upserts");
        scratch.drop();
        for (Document index : indexes) {
            scratch.createIndex(index.get("key", Document.class), new IndexOptions()
                    .unique(index.getBoolean("unique", false)));
        }
        // At most a minute: the directory's documents (a thousand salary entries each here) go at about 100 a
        // second.
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
        List<WriteModel<Document>> writes = new ArrayList<>();
        long written = 0;
        for (long i = 0; i < count && System.nanoTime() - deadline < 0; i++) {
            Document doc = documents.get((int) (i % documents.size()));
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", doc.get("_id")), doc,
                    new ReplaceOptions().upsert(true)));
            if (writes.size() == BATCH || i == count - 1) {
                scratch.bulkWrite(writes, new BulkWriteOptions().ordered(false));
                written += writes.size();
                writes.clear();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        scratch.drop();
        return written / seconds;
    }

    /**
     * A holiday peak: 16 clients for {@code bench.peak-seconds} each loop over stock issues, shipment steps, invoices,
     * customer payments and clocking, with no pause. Failures (and overload refusals, 429/503, apart) are counted,
     * never fatal. Then the time from the last answer until the stock levels, the receivables aging and the
     * attendance all show what the successful calls imply. Baselines: as many raw appends as the peak produced
     * events, from 16 clients, through the event store with no command around them; one stock read.
     */
    void holidayPeak() throws Exception {
        EventStore store = context.getBean(EventStore.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Peak peak = setUpPeak();
        List<String> rawTargets = hire(PEAK_CLIENTS, "PEAK-RAW");
        awaitProcessorsIdle(); // attendance opened, employees known to clocking, nothing left from the setup

        long before = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        PeakClient[] clients = new PeakClient[PEAK_CLIENTS];
        for (int c = 0; c < PEAK_CLIENTS; c++) {
            clients[c] = new PeakClient(peak, c);
        }
        LoadDriver.Result load = LoadDriver.runFor(PEAK_CLIENTS, Duration.ofSeconds(PEAK_SECONDS),
                (c, n) -> clients[c].step(n));
        long answered = System.nanoTime();
        // The views follow the store; poll all of them until each shows what the successful calls imply. One full
        // poll is some 25 reads, so the figure is coarse by about that much (compare the one-read baseline).
        boolean caughtUp = false;
        long deadline = answered + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() - deadline < 0 && !(caughtUp = peak.viewsShowTheFinalFigures())) {
            Thread.sleep(20);
        }
        double catchUpMs = (System.nanoTime() - answered) / 1e6;
        awaitProcessorsIdle(); // sagas and policies the peak set off have appended everything they will
        long produced = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class) - before;

        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            peak.stockOnHand(peak.items.get(i % peak.items.size()));
            reads.add(System.nanoTime() - t0);
        }
        long[] rawSequence = new long[PEAK_CLIENTS];
        java.util.Arrays.fill(rawSequence, 1);
        LoadDriver.Result raw = LoadDriver.run(PEAK_CLIENTS, (int) Math.max(PEAK_CLIENTS, produced),
                (c, n) -> appendRaw(store, rawTargets.get(c), rawSequence[c]++));
        requireNoFailures(raw);

        report.setting("peakCalls", load.calls());
        report.setting("peakFailedCalls", load.failures() - load.refusals());
        report.setting("peakRefusals429or503", load.refusals());
        report.setting("peakFailuresByStatus", load.causes());
        report.setting("peakEventsProduced", produced);
        report.setting("peakSuccesses", peak.successes());
        report.setting("peakViewsCaughtUp", caughtUp);
        if (!caughtUp) {
            report.setting("peakViewsAtGiveUp", peak.lastMismatch);
        }
        String rawName = "raw appends, 16 clients (" + raw.calls() + " events)";
        add("holiday peak", "mixed load, 16 clients, " + PEAK_SECONDS + " s", load.perSecond(), "ops/s", rawName,
                raw.perSecond(), "higher");
        for (double p : new double[] {0.5, 0.99}) {
            String pct = "p" + Math.round(p * 100);
            add("holiday peak", "latency " + pct, load.percentileMillis(p), "ms", "raw append " + pct,
                    raw.percentileMillis(p), "lower");
        }
        add("holiday peak", caughtUp ? "views caught up after the last answer"
                        : "views NOT caught up within 5 min of the last answer", catchUpMs, "ms",
                "one stock read (median of 20)", median(reads), "lower");
    }

    /** Not measured: the stock, customers, employees and published shifts the peak works on. */
    private Peak setUpPeak() {
        Peak peak = new Peak();
        peak.warehouse = created(api.post("ops", "/api/inventory/warehouses",
                "{\"code\":\"PEAK\",\"name\":\"Holiday peak\"}"), "id");
        for (int i = 0; i < 8; i++) {
            String item = created(api.post("ops", "/api/inventory/items", "{\"sku\":\"PEAK-" + i
                    + "\",\"name\":\"Gift " + i + "\",\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}"), "id");
            expect(api.post("ops", "/api/inventory/items/" + item + "/receipts", "{\"warehouseId\":\""
                    + peak.warehouse + "\",\"quantity\":\"" + Peak.RECEIVED + "\",\"unitCost\":{\"amount\":\"1.00\","
                    + "\"currency\":\"EUR\"},\"reference\":\"peak stock\"}"), 200);
            peak.items.add(item);
            peak.issued.put(item, new AtomicLong());
        }
        // One customer per client: sixteen buyers, not sixteen clients queueing on one customer's account.
        for (int c = 0; c < PEAK_CLIENTS; c++) {
            peak.customers.add(created(api.post("finance", "/api/finance/customers", "{\"name\":\"Peak customer "
                    + c + "\",\"currency\":\"EUR\",\"paymentTermsDays\":30}"), "customerId"));
        }
        // The invoice's gross, as the application computes it, from one invoice issued and read back.
        String customer = peak.customers.get(0);
        String invoice = created(api.post("finance", "/api/finance/customers/" + customer + "/invoices",
                Peak.INVOICE), "invoiceId");
        expect(api.post("finance", "/api/finance/customers/" + customer + "/invoices/" + invoice + "/issue",
                peak.issueJson()), 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> "ISSUED".equals(api.get("analyst",
                "/api/finance/invoices?customerId=" + customer).json().path("items").path(0).path("status").asText()));
        peak.gross = new BigDecimal(api.get("analyst", "/api/finance/invoices?customerId=" + customer).json()
                .path("items").path(0).path("gross").path("amount").asText());
        peak.invoicesIssued.incrementAndGet();
        peak.calibrationInvoice = invoice;

        // Clock-ins happen once per employee and shift: every client's employee is rostered on PEAK_SHIFTS
        // back-to-back half-hour shifts from the day after tomorrow on (clocking in early is allowed, and the
        // missed-shift deadlines lie beyond the run), which caps the peak at PEAK_SHIFTS clock-ins and clock-outs
        // per client. A client that has used them all issues stock in their place.
        peak.employees.addAll(hire(PEAK_CLIENTS, "PEAK-EMP"));
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        peak.firstShiftDay = day;
        peak.lastShiftDay = day.plusDays(PEAK_SHIFTS / 48 + 1);
        String schedule = created(api.post("manager", "/api/workforce/schedules", """
                {"location":"Peak store","team":"Packing","firstDay":"%s","lastDay":"%s","timeZone":"UTC"}"""
                .formatted(day, peak.lastShiftDay)), "scheduleId");
        String base = "/api/workforce/schedules/" + schedule;
        for (int s = 0; s < PEAK_SHIFTS; s++) {
            LocalDateTime start = day.atStartOfDay().plusMinutes(30L * s);
            peak.shifts.add(created(api.post("manager", base + "/shifts", """
                    {"start":"%s","end":"%s","position":"Packer","requiredHeadcount":%d}"""
                    .formatted(start, start.plusMinutes(29), PEAK_CLIENTS)), "shiftId"));
        }
        for (String shift : peak.shifts) {
            for (String employee : peak.employees) {
                String assignment = "{\"employeeId\":\"" + employee + "\"}";
                if (shift.equals(peak.shifts.get(0))) {
                    // Scheduling learns of a hire a moment after it: until then the assignment is refused.
                    await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(
                            100)).until(() -> api.post("manager", base + "/shifts/" + shift + "/assignments",
                            assignment).status() == 200);
                } else {
                    expect(api.post("manager", base + "/shifts/" + shift + "/assignments", assignment), 200);
                }
            }
        }
        expect(postEmpty("manager", base + "/publish"), 200);
        return peak;
    }

    /** What the peak works on, and what its successful calls add up to. */
    private final class Peak {
        static final long RECEIVED = 1_000_000;
        static final String INVOICE = "{\"lines\":[{\"description\":\"Gift box\",\"quantity\":\"1\","
                + "\"unitPrice\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"taxCode\":\"STANDARD\"}]}";
        String warehouse;
        final List<String> items = new ArrayList<>();
        final List<String> customers = new ArrayList<>();
        final List<String> employees = new ArrayList<>();
        final List<String> shifts = new ArrayList<>();
        LocalDate firstShiftDay;
        LocalDate lastShiftDay;
        BigDecimal gross;
        String calibrationInvoice;
        /** Units taken out of each item: stock issues and picked shipments. */
        final Map<String, AtomicLong> issued = new LinkedHashMap<>();
        final AtomicInteger stockIssues = new AtomicInteger();
        final AtomicInteger shipmentsCreated = new AtomicInteger();
        final AtomicInteger shipmentsPicked = new AtomicInteger();
        final AtomicInteger shipmentsDelivered = new AtomicInteger();
        final AtomicInteger shipmentReads = new AtomicInteger();
        final AtomicInteger invoicesDrafted = new AtomicInteger();
        final AtomicInteger invoicesIssued = new AtomicInteger();
        final AtomicInteger paymentsBooked = new AtomicInteger();
        final AtomicInteger clockIns = new AtomicInteger();
        final AtomicInteger clockOuts = new AtomicInteger();
        volatile String lastMismatch = "";

        String issueJson() {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            // Due in a month: no payment reminder (dunning) fires during the run.
            return "{\"issueDate\":\"" + today + "\",\"dueDate\":\"" + today.plusDays(30) + "\"}";
        }

        BigDecimal stockOnHand(String item) {
            JsonNode rows = api.get("analyst", "/api/inventory/stock?itemId=" + item + "&warehouseId=" + warehouse)
                    .json().path("items");
            return rows.isEmpty() ? null : rows.get(0).get("onHand").decimalValue();
        }

        /** Whether stock, receivables aging and attendance all show the final figures. */
        boolean viewsShowTheFinalFigures() {
            for (String item : items) {
                BigDecimal expected = BigDecimal.valueOf(RECEIVED - issued.get(item).get());
                BigDecimal onHand = stockOnHand(item);
                if (onHand == null || onHand.compareTo(expected) != 0) {
                    lastMismatch = "stock " + item + ": " + onHand + " instead of " + expected;
                    return false;
                }
            }
            BigDecimal open = BigDecimal.ZERO;
            Set<String> ours = new HashSet<>(customers);
            for (JsonNode row : api.get("analyst", "/api/finance/receivables/aging?at="
                    + LocalDate.now(ZoneOffset.UTC)).json().path("rows")) {
                if (ours.contains(row.path("customerId").asText())) {
                    open = open.add(new BigDecimal(row.path("total").path("amount").asText()));
                }
            }
            BigDecimal expectedOpen = gross.multiply(BigDecimal.valueOf(invoicesIssued.get() - paymentsBooked.get()));
            if (open.compareTo(expectedOpen) != 0) {
                lastMismatch = "receivables " + open + " instead of " + expectedOpen;
                return false;
            }
            int clockedIn = 0;
            for (String employee : employees) {
                for (JsonNode row : api.get("manager", "/api/workforce/attendance?employeeId=" + employee + "&from="
                        + firstShiftDay + "&to=" + lastShiftDay + "&size=200").json().path("items")) {
                    if (!row.path("clockedInAt").isNull() && !row.path("clockedInAt").isMissingNode()) {
                        clockedIn++;
                    }
                }
            }
            if (clockedIn != clockIns.get()) {
                lastMismatch = "attendance " + clockedIn + " clock-ins instead of " + clockIns.get();
                return false;
            }
            return true;
        }

        Map<String, Integer> successes() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("stockIssues", stockIssues.get());
            counts.put("shipmentsCreated", shipmentsCreated.get());
            counts.put("shipmentStatusReads", shipmentReads.get());
            counts.put("shipmentsPicked", shipmentsPicked.get());
            counts.put("shipmentsDelivered", shipmentsDelivered.get());
            counts.put("invoicesDrafted", invoicesDrafted.get());
            counts.put("invoicesIssued", invoicesIssued.get() - 1); // less the one issued in the setup
            counts.put("paymentsBooked", paymentsBooked.get());
            counts.put("clockIns", clockIns.get());
            counts.put("clockOuts", clockOuts.get());
            return counts;
        }
    }

    /**
     * One peak client (one thread): every call is one HTTP request, chosen in turn from stock issue, shipment step,
     * invoice step, payment and clocking. Each client follows its own shipment, invoices and employee through their
     * steps; a step refused is left for a later turn (or, for invoices and clocking, given up) so that no client
     * stalls.
     */
    private final class PeakClient {
        private final Peak peak;
        private final int client;
        private final String customer;
        private final String employee;
        private final ArrayDeque<String> unpaid = new ArrayDeque<>();
        private String shipment;
        private String shipmentItem;
        private String shipmentPhase = "NONE";
        private String draft;
        private int shift;
        private boolean clockedIn;

        PeakClient(Peak peak, int client) {
            this.peak = peak;
            this.client = client;
            this.customer = peak.customers.get(client);
            this.employee = peak.employees.get(client);
            if (client == 0) {
                unpaid.add(peak.calibrationInvoice);
            }
        }

        void step(int n) {
            switch (n % 5) {
                case 0 -> issueStock(n);
                case 1 -> shipmentStep(n);
                case 2 -> invoiceStep();
                case 3 -> {
                    if (unpaid.isEmpty()) {
                        invoiceStep();
                    } else {
                        pay();
                    }
                }
                default -> {
                    if (shift < peak.shifts.size()) {
                        clock();
                    } else {
                        issueStock(n);
                    }
                }
            }
        }

        private void issueStock(int n) {
            String item = peak.items.get((client + n) % peak.items.size());
            ok(api.post("ops", "/api/inventory/items/" + item + "/issues", "{\"warehouseId\":\"" + peak.warehouse
                    + "\",\"quantity\":\"1\",\"reference\":\"peak order\"}"), 200);
            peak.issued.get(item).incrementAndGet();
            peak.stockIssues.incrementAndGet();
        }

        /** Create, wait for the reservation, pick (the saga issues the stock), wait for it, ship, deliver. */
        private void shipmentStep(int n) {
            String path = "/api/shipping/shipments/" + shipment;
            switch (shipmentPhase) {
                case "NONE" -> {
                    String item = peak.items.get((client + n) % peak.items.size());
                    shipment = created(ok(api.post("ops", "/api/shipping/shipments", "{\"orderReference\":\"PEAK-"
                            + client + "-" + n + "\",\"warehouseId\":\"" + peak.warehouse
                            + "\",\"lines\":[{\"itemId\":\"" + item + "\",\"quantity\":\"1\"}]}"), 201),
                            "shipmentId");
                    shipmentItem = item;
                    shipmentPhase = "CREATED";
                    peak.shipmentsCreated.incrementAndGet();
                }
                case "CREATED", "PICK_REQUESTED" -> {
                    String status = ok(api.get("ops", path), 200).json().path("status").asText();
                    peak.shipmentReads.incrementAndGet();
                    if (status.equals("RESERVED") && shipmentPhase.equals("CREATED")) {
                        shipmentPhase = "RESERVED";
                    } else if (status.equals("PICKED")) {
                        shipmentPhase = "PICKED";
                    } else if (status.equals("RESERVATION_FAILED")) {
                        shipmentPhase = "NONE";
                    }
                }
                case "RESERVED" -> {
                    ok(postEmpty("ops", path + "/pick"), 200);
                    peak.issued.get(shipmentItem).incrementAndGet();
                    peak.shipmentsPicked.incrementAndGet();
                    shipmentPhase = "PICK_REQUESTED";
                }
                case "PICKED" -> {
                    ok(api.post("ops", path + "/ship", "{\"carrier\":\"Yamato\",\"trackingNumber\":\"YT-" + shipment
                            + "\"}"), 200);
                    shipmentPhase = "SHIPPED";
                }
                default -> {
                    ok(postEmpty("ops", path + "/deliver"), 200);
                    peak.shipmentsDelivered.incrementAndGet();
                    shipmentPhase = "NONE";
                }
            }
        }

        /** Draft an invoice, then issue it on the next turn. */
        private void invoiceStep() {
            if (draft == null) {
                draft = created(ok(api.post("finance", "/api/finance/customers/" + customer + "/invoices",
                        Peak.INVOICE), 201), "invoiceId");
                peak.invoicesDrafted.incrementAndGet();
                return;
            }
            String invoice = draft;
            draft = null; // a refused issue is not retried: the draft stays a draft, owing nothing
            ok(api.post("finance", "/api/finance/customers/" + customer + "/invoices/" + invoice + "/issue",
                    peak.issueJson()), 200);
            unpaid.add(invoice);
            peak.invoicesIssued.incrementAndGet();
        }

        /** Pays the oldest open invoice in full. */
        private void pay() {
            String invoice = unpaid.poll(); // a refused payment is not retried: the invoice stays open
            String amount = peak.gross.toPlainString();
            ok(api.post("finance", "/api/finance/customers/" + customer + "/payments", "{\"amount\":{\"amount\":\""
                    + amount + "\",\"currency\":\"EUR\"},\"receivedOn\":\"" + LocalDate.now(ZoneOffset.UTC)
                    + "\",\"allocations\":[{\"invoiceId\":\"" + invoice + "\",\"amount\":{\"amount\":\"" + amount
                    + "\",\"currency\":\"EUR\"}}]}"), 201);
            peak.paymentsBooked.incrementAndGet();
        }

        /** A manager clocks the client's employee in on its next shift, then out of it on the next turn. */
        private void clock() {
            String path = "/api/workforce/shifts/" + peak.shifts.get(shift);
            String body = "{\"employeeId\":\"" + employee + "\",\"note\":\"holiday peak\"}";
            if (!clockedIn) {
                try {
                    ok(api.post("manager", path + "/clock-in", body), 200);
                } catch (RuntimeException e) {
                    shift++; // refused: this shift is given up
                    throw e;
                }
                clockedIn = true;
                peak.clockIns.incrementAndGet();
                return;
            }
            clockedIn = false;
            shift++;
            ok(api.post("manager", path + "/clock-out", body), 200);
            peak.clockOuts.incrementAndGet();
        }
    }

    /**
     * CPU time of this whole process over {@code bench.idle-seconds} with no requests, once every processor has
     * caught up, as % of one core, against the target 2 %; then the data directory's growth over
     * {@code bench.idle-growth-minutes} idle, against the target 1 MB.
     */
    void idle() throws Exception {
        awaitProcessorsIdle();
        double afterLoad = cpuPercentOver(Duration.ofSeconds(IDLE_SECONDS));
        add("idle", "process CPU over " + IDLE_SECONDS + " s idle, right after the load (the disk given back)",
                afterLoad, "% core", "target: 2 % of one core", 2.0, "lower");

        long size0 = directorySize(dataDir);
        Thread.sleep(Duration.ofMinutes(IDLE_GROWTH_MINUTES).toMillis());
        long size1 = directorySize(dataDir);
        report.setting("idleDataDirBytesBefore", size0);
        report.setting("idleDataDirBytesAfter", size1);
        add("idle", "data directory growth over " + IDLE_GROWTH_MINUTES + " min idle", (size1 - size0) / 1e6, "MB",
                "target: 1 MB", 1.0, "lower");

        // An instance nobody uses: the same minute once the housekeeping after the load has finished.
        double settled = cpuPercentOver(Duration.ofSeconds(IDLE_SECONDS));
        add("idle", "process CPU over " + IDLE_SECONDS + " s idle, after " + IDLE_GROWTH_MINUTES + " idle minutes",
                settled, "% core", "target: 2 % of one core", 2.0, "lower");
    }

    /** The process's CPU time over {@code period} as a share of one core, in percent. */
    private static double cpuPercentOver(Duration period) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Thread.sleep(period.toMillis());
        return 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - t0);
    }

    /**
     * The data directory's size once the store holds {@code bench.size-events} events made by real commands (hires
     * over HTTP, salary changes through the command gateway, and whatever policies and sagas append after them),
     * against the events' own JSON: the sum of the stored payload and metadata lengths in bytes
     * ({@code OCTET_LENGTH} over {@code domainevententry}). The ratio's target is under 3.
     */
    void storeSize() throws Exception {
        CommandGateway commands = context.getBean(CommandGateway.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        AtomicInteger hires = new AtomicInteger();
        long stored;
        while ((stored = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class)) < SIZE_EVENTS) {
            // About one hire to ten salary changes, as a back office would see them.
            List<String> targets = hire(8, "SIZE-" + hires.getAndIncrement());
            int changes = (int) Math.min(80, SIZE_EVENTS - stored);
            LoadDriver.Result result = LoadDriver.run(8, changes, (c, n) -> asHr(() -> commands.sendAndWait(
                    new ChangeEmployeeSalaryCommand(new EmployeeId(targets.get(c)), nextSalary(), EFFECTIVE,
                            "size"))));
            requireNoFailures(result);
        }
        awaitProcessorsIdle();
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        long json = jdbc.queryForObject("SELECT COALESCE(SUM(OCTET_LENGTH(payload)), 0) "
                + "+ COALESCE(SUM(OCTET_LENGTH(metaData)), 0) FROM domainevententry", Long.class);
        long onDisk = directorySize(dataDir);
        report.setting("sizeEventsInStore", events);
        // Where the bytes are: each top-level entry of the data directory.
        Map<String, Long> parts = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(dataDir)) {
            entries.sorted().forEach(entry -> parts.put(entry.getFileName().toString(), directorySize(entry)));
        }
        report.setting("sizeDataDirBytesByEntry", parts);
        add("size", "data directory, " + events + " events, as the load ends", onDisk / 1e6, "MB",
                "events' own JSON (payload + metadata)", json / 1e6, "lower");
        // The stores keep overwritten chunks for H2's retention time (45 s) and give space back once writes are over
        // (StoreFileCompaction): the size at rest is what the disk holds for these events.
        Thread.sleep(Duration.ofSeconds(SIZE_SETTLE_SECONDS).toMillis());
        Map<String, Long> rested = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(dataDir)) {
            entries.sorted().forEach(entry -> rested.put(entry.getFileName().toString(), directorySize(entry)));
        }
        report.setting("sizeDataDirBytesByEntryAtRest", rested);
        add("size", "data directory, " + events + " events, " + SIZE_SETTLE_SECONDS + " s after the load",
                directorySize(dataDir) / 1e6, "MB", "events' own JSON (payload + metadata)", json / 1e6, "lower");
        // Whatever the figures, the audit hash chain must still link every event of the run exactly once.
        JsonNode chain = api.get("admin", "/api/audit/verify").json();
        report.setting("auditChainAfterTheRun", chain);
        if (!chain.path("verified").asBoolean() || chain.path("eventsChecked").asLong() != events) {
            throw new AssertionError("The audit hash chain does not verify after the run: " + chain);
        }
    }

    /** Copies the closed data directory to {@code bench.keep-data-dir}, when set, to look into its files afterwards. */
    private void keepDataDirectory() throws IOException {
        String target = System.getProperty("bench.keep-data-dir");
        if (target == null || target.isBlank()) {
            return;
        }
        Path to = Path.of(target);
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(dataDir.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The sum of the sizes of the files under {@code dir}; a file deleted during the walk counts nothing. */
    private static long directorySize(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (NoSuchFileException gone) {
                    return 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api.Response postEmpty(String user, String path) {
        return api.send(api.request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String created(Api.Response response, String field) {
        return created(response, field, 201);
    }

    private static String created(Api.Response response, String field, int status) {
        expect(response, status);
        return response.json().get(field).asText();
    }

    /** Like {@link #expect}, for the peak: the failure carries its status, so that the driver can count it. */
    private static Api.Response ok(Api.Response response, int status) {
        if (response.status() != status) {
            throw new LoadDriver.Failed(response.status(), response.body());
        }
        return response;
    }

    private void stopProcessors() {
        context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::shutDown);
    }

    private void startProcessors() {
        context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::start);
    }

    /**
     * Waits (at most a minute) until the JIT compiler has had half a second without work. On two cores the compiler
     * has one thread, and a process a few minutes old still has a queue of hot methods waiting for it: a figure
     * measured then says as much about that queue as about the code.
     */
    private static void awaitCompilerQuiet() throws InterruptedException {
        java.lang.management.CompilationMXBean compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        long before = compiler.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            long now = compiler.getTotalCompilationTime();
            if (now - before < 5) {
                break;
            }
            before = now;
        }
    }

    /**
     * The JIT's compile time so far and the code cache's use after {@code section}: a figure that falls short late in
     * a long run may be the compiler's doing (a full code cache is flushed and recompiled), not the code's.
     */
    private void recordJvm(String section) {
        report.setting("jitSecondsAfter." + section,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1000);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().startsWith("CodeHeap")) {
                report.setting("codeCacheAfter." + section + "." + pool.getName().replaceAll("[^A-Za-z-]", ""),
                        (pool.getUsage().getUsed() >> 20) + " of " + (pool.getUsage().getMax() >> 20) + " MB");
            }
        }
    }

    private void awaitProcessorsIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        List<String> behind = processorsBehind();
        Map<String, Long> positions = processorPositions();
        long movedAt = System.nanoTime();
        long waitingSince = System.nanoTime();
        boolean dumped = false;
        while (!behind.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                // Named, because a run of 2026-12-06 stopped here without saying which processor was behind.
                throw new IllegalStateException("Processors still behind after 10 minutes: " + behind);
            }
            Map<String, Long> now = processorPositions();
            if (!now.equals(positions)) {
                positions = now;
                movedAt = System.nanoTime();
            }
            if (!dumped && (System.nanoTime() - movedAt > Duration.ofSeconds(60).toNanos()
                    || System.nanoTime() - waitingSince > Duration.ofMinutes(3).toNanos())) {
                // Stuck (not one processor moved for a minute) or crawling: keep what shows where, and why.
                dumped = true;
                dumpStall(behind);
            }
            Thread.sleep(500);
            behind = processorsBehind();
        }
    }

    /** Every processor's lowest segment position. */
    private Map<String, Long> processorPositions() {
        JsonNode all = api.get("admin", "/api/operations/processors").json();
        Map<String, Long> positions = new java.util.TreeMap<>();
        for (JsonNode processor : all.has("items") ? all.get("items") : all) {
            positions.put(processor.path("name").asText(), processor.path("lowestPosition").asLong(-1));
        }
        return positions;
    }

    /** Writes the lagging processors' status and every thread's stack to target/benchmarks/stall-*.txt. */
    private void dumpStall(List<String> behind) {
        StringBuilder dump = new StringBuilder("Processors behind and not moving for 90 s: " + behind + "\n");
        dump.append(api.get("admin", "/api/operations/processors").json().toPrettyString()).append("\n\n");
        dump.append(api.get("admin", "/api/operations/dead-letters").json().toPrettyString()).append("\n\n");
        for (java.lang.management.ThreadInfo thread : java.lang.management.ManagementFactory.getThreadMXBean()
                .dumpAllThreads(true, true)) {
            dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
            if (thread.getLockName() != null) {
                dump.append(" on ").append(thread.getLockName()).append(" owned by ").append(thread.getLockOwnerName());
            }
            dump.append('\n');
            for (StackTraceElement frame : thread.getStackTrace()) {
                dump.append("    at ").append(frame).append('\n');
            }
            dump.append('\n');
        }
        try {
            Path file = Path.of("target", "benchmarks", "stall-" + System.currentTimeMillis() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, dump);
            System.err.println("[bench] processors stuck: " + behind + "; threads and status in " + file);
        } catch (java.io.IOException e) {
            System.err.println(dump);
        }
    }

    /** The processors with a lag, as "name (lag)". */
    private List<String> processorsBehind() {
        JsonNode all = api.get("admin", "/api/operations/processors").json();
        JsonNode items = all.has("items") ? all.get("items") : all;
        List<String> behind = new ArrayList<>();
        for (JsonNode processor : items) {
            if (processor.path("lag").asLong(0) > 0) {
                behind.add(processor.path("name").asText() + " (" + processor.path("lag").asLong() + ")");
            }
        }
        return behind;
    }

    private List<String> hire(int count, String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Response hired = api.post("hr", "/api/hr/employees", Api.hireJson(prefix + "-" + i));
            expect(hired, 201);
            ids.add(hired.json().get("employeeId").asText());
        }
        return ids;
    }

    private void changeOverHttp(String id) {
        expect(api.post("hr", "/api/hr/employees/" + id + "/salary-changes",
                salaryJson(Long.toString(amounts.incrementAndGet()))), 200);
    }

    private Money nextSalary() {
        return Money.of(Long.toString(amounts.incrementAndGet()), "JPY");
    }

    private static String salaryJson(String amount) {
        return "{\"monthlySalary\":{\"amount\":\"" + amount + "\",\"currency\":\"JPY\"},\"effectiveDate\":\""
                + EFFECTIVE + "\",\"reason\":\"bench\"}";
    }

    private static void asHr(Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "hr", null, List.of(new SimpleGrantedAuthority("ROLE_HR"))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError(response.status() + " " + response.body());
        }
    }

    private static void requireNoFailures(LoadDriver.Result... results) {
        for (LoadDriver.Result result : results) {
            assertThat(result.failures()).as("failed calls: %s, first of each: %s", result.causes(),
                    result.examples()).isZero();
        }
    }

    private void add(String group, String name, double value, String unit, String baseline, double reference,
                     String better) {
        report.add(new BenchmarkReport.Figure(group, name, value, unit, baseline, reference, better));
    }

    private static double median(List<Long> nanos) {
        return LoadDriver.percentile(LoadDriver.sorted(nanos), 0.5) / 1e6;
    }

    private static int[] parse(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }
}
