package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import dev.urakata.shared.hr.ChangeEmployeeSalaryCommand;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The benchmark run (profile {@code bench} only; never part of the default build): the standalone application in
 * this JVM on a fresh data directory, every figure measured beside a baseline on the same stores in the same run,
 * written to {@code target/benchmarks/report.md} and {@code report.json}. It asserts nothing about timings; it fails
 * only when an operation it measures fails.
 *
 * <p>Settings (system properties): {@code bench.calls} commands per concurrency level (default 400),
 * {@code bench.rebuild-events} events in the store before the rebuild is measured (default 20000),
 * {@code bench.history} aggregate history lengths (default 10,100,1000,10000), {@code bench.batch} raw bulk
 * upsert batch size (default 1000), {@code bench.snapshot-threshold} (default 100, the application's default),
 * {@code bench.sections} (default all: micro,commands,queries,read-your-writes,aggregates,rebuild; micro is the JMH
 * part, {@link MicroBenchmarks}).
 */
class BenchmarkSuite {

    static final int CALLS = Integer.getInteger("bench.calls", 400);
    static final int REBUILD_EVENTS = Integer.getInteger("bench.rebuild-events", 20_000);
    static final int BATCH = Integer.getInteger("bench.batch", 1000);
    static final int SNAPSHOT_THRESHOLD = Integer.getInteger("bench.snapshot-threshold", 100);
    static final int[] HISTORY = parse(System.getProperty("bench.history", "10,100,1000,10000"));
    static final int[] CLIENTS = {1, 8, 32};
    static final List<String> SECTIONS = List.of(System.getProperty("bench.sections",
            "micro,commands,queries,read-your-writes,aggregates,rebuild").split(","));
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
        report.setting("history", java.util.Arrays.toString(HISTORY));
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
            }
            if (SECTIONS.contains("queries")) {
                queriesUnderLoad();
            }
            if (SECTIONS.contains("read-your-writes")) {
                readYourWrites();
            }
            if (SECTIONS.contains("aggregates")) {
                aggregateLoad();
            }
            if (SECTIONS.contains("rebuild")) {
                projectionRebuild();
            }
        } finally {
            report.write(Path.of("target", "benchmarks"));
            context.close();
        }
    }

    /** Commands/s and latency in process and over HTTP, against raw appends of the same events to the same store. */
    void commandPath() throws Exception {
        CommandGateway commands = context.getBean(CommandGateway.class);
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        List<String> targets = hire(32, "CMD");
        List<String> rawTargets = hire(32, "RAW");
        long[] rawSequence = new long[32];
        java.util.Arrays.fill(rawSequence, 1);
        // Warm up every path once before measuring.
        LoadDriver.run(8, 200, (c, n) -> changeOverHttp(targets.get(c)));
        for (int clients : CLIENTS) {
            LoadDriver.Result raw = LoadDriver.run(clients, CALLS, (c, n) -> {
                EmployeeId id = new EmployeeId(rawTargets.get(c));
                engine.appendEvents(new GenericDomainEventMessage<>("Employee", id.value(), rawSequence[c]++,
                        new EmployeeSalaryChangedEvent(id, nextSalary(), EFFECTIVE, "raw", PREVIOUS)));
            });
            LoadDriver.Result inProcess = LoadDriver.run(clients, CALLS, (c, n) -> asHr(() ->
                    commands.sendAndWait(new ChangeEmployeeSalaryCommand(new EmployeeId(targets.get(c)),
                            nextSalary(), EFFECTIVE, "in process"))));
            LoadDriver.Result http = LoadDriver.run(clients, CALLS, (c, n) -> changeOverHttp(targets.get(c)));
            requireNoFailures(raw, inProcess, http);
            String rawName = "raw appends, " + clients + " clients";
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

    /** Directory queries while eight clients send commands, against the same queries on an idle service. */
    void queriesUnderLoad() throws Exception {
        List<String> targets = hire(8, "QRY");
        String one = targets.get(0);
        LoadDriver.Operation list = (c, n) -> expect(api.get("hr", "/api/hr/employees?size=20&page=" + (n % 3)), 200);
        LoadDriver.Operation find = (c, n) -> expect(api.get("hr", "/api/hr/employees/" + one), 200);
        LoadDriver.Result idleList = LoadDriver.run(4, CALLS, list);
        LoadDriver.Result idleFind = LoadDriver.run(4, CALLS, find);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> load = new ArrayList<>();
        for (String target : targets) {
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    changeOverHttp(target);
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
    void readYourWrites() {
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
        for (int length : HISTORY) {
            List<Long> cold = new ArrayList<>();
            List<Long> snapshotted = new ArrayList<>();
            List<Long> raw = new ArrayList<>();
            for (int repeat = 0; repeat < 3; repeat++) {
                String id = hire(1, "AGG" + length + "-" + repeat).get(0);
                EmployeeId employee = new EmployeeId(id);
                List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
                for (long seq = 1; seq < length; seq++) {
                    batch.add(new GenericDomainEventMessage<>("Employee", id, seq,
                            new EmployeeSalaryChangedEvent(employee, nextSalary(), EFFECTIVE, "history", PREVIOUS)));
                    if (batch.size() == 500 || seq == length - 1) {
                        engine.appendEvents(batch);
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

                t0 = System.nanoTime();
                asHr(() -> commands.sendAndWait(new ChangeEmployeeSalaryCommand(employee, nextSalary(), EFFECTIVE,
                        "cold load")));
                cold.add(System.nanoTime() - t0);
                if (length + 1 >= SNAPSHOT_THRESHOLD) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                            + "snapshotevententry WHERE aggregateidentifier = ?", Long.class, id) > 0);
                    t0 = System.nanoTime();
                    asHr(() -> commands.sendAndWait(new ChangeEmployeeSalaryCommand(employee, nextSalary(),
                            EFFECTIVE, "snapshot load")));
                    snapshotted.add(System.nanoTime() - t0);
                }
            }
            double rawMs = median(raw);
            add("aggregate load", "command, " + length + " events, no snapshot", median(cold), "ms",
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
                    engine.appendEvents(batch);
                    batch.clear();
                }
            }
            missing -= share;
        }
        awaitProcessorsIdle();
        long inStore = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        report.setting("eventsInStoreAtRebuild", inStore);
        // The directory applies the salary changes; the audit trail applies every event of every context.
        rebuildBesideRawUpserts("employee-directory", "hr_employee_directory");
        rebuildBesideRawUpserts("audit-trail", "audit_events");
    }

    /**
     * Events/s of a blue-green rebuild of {@code processor} over the whole store, against raw MongoDB driver bulk
     * upserts of its own documents (from {@code collection}, as many writes as the rebuild applied events) into the
     * same embedded server.
     */
    private void rebuildBesideRawUpserts(String processor, String collection) {
        String path = "/api/operations/processors/" + processor;
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        List<Document> documents = mongo.getCollection(collection).find().limit(10_000).into(new ArrayList<>());

        expect(api.post("admin", path + "/rebuild", ""), 202);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                List.of("DONE", "FAILED").contains(api.get("admin", path).json().path("rebuild").path("state")
                        .asText()));
        JsonNode rebuild = api.get("admin", path).json().path("rebuild");
        assertThat(rebuild.path("state").asText()).as(rebuild.toString()).isEqualTo("DONE");
        double seconds = Duration.between(Instant.parse(rebuild.path("startedAt").asText()),
                Instant.parse(rebuild.path("finishedAt").asText())).toMillis() / 1000.0;
        long applied = rebuild.path("appliedEvents").asLong();

        MongoCollection<Document> scratch = mongo.getDb().getCollection("bench_raw_upserts");
        scratch.drop();
        long t0 = System.nanoTime();
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (long i = 0; i < applied; i++) {
            Document doc = documents.get((int) (i % documents.size()));
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", doc.get("_id")), doc,
                    new ReplaceOptions().upsert(true)));
            if (writes.size() == BATCH || i == applied - 1) {
                scratch.bulkWrite(writes, new BulkWriteOptions().ordered(false));
                writes.clear();
            }
        }
        double rawSeconds = (System.nanoTime() - t0) / 1e9;
        scratch.drop();
        add("projection rebuild", processor + " blue-green rebuild, " + applied + " events",
                applied / seconds, "events/s", "raw bulk upserts (batch " + BATCH + ")", applied / rawSeconds,
                "higher");
    }

    private void awaitProcessorsIdle() {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode all = api.get("admin", "/api/operations/processors").json();
            JsonNode items = all.has("items") ? all.get("items") : all;
            for (JsonNode processor : items) {
                if (processor.path("lag").asLong(0) > 0) {
                    return false;
                }
            }
            return true;
        });
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
            assertThat(result.failures()).as("failed calls").isZero();
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
