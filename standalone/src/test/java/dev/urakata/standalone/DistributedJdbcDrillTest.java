package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.urakata.config.testing.LocalPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Drill: the jdbc mode as a company would run it, two command sides and two query sides as separate JVMs (the
 * shipped {@code -exec} jars) on one PostgreSQL database and one MongoDB-wire server.
 *
 * <ul>
 *   <li>three of them start together on an empty database and an empty MongoDB, and all come up;</li>
 *   <li>the same employee number hired on both command sides at the same moment: one 201 and one 409, every time;</li>
 *   <li>a second query side joining under load takes half of a processor's segments, and no segment has two
 *       holders;</li>
 *   <li>{@code kill -9} of a command side while a hire has claimed its number and waits to append its events (the
 *       drill holds the append lock), with the other command side under load: the number can be hired again at
 *       once, and every acknowledged hire is stored exactly once;</li>
 *   <li>{@code kill -9} of a query side: the survivor takes over its segments, its views hold every hire, and the
 *       audit hash chain verifies over every event in the store.</li>
 * </ul>
 *
 * <p>Needs PostgreSQL ({@code .ci/run} installs Debian's package; skipped with a message where it is missing) and
 * the sides' executable jars, which Maven's {@code package} phase builds before this module's tests in
 * {@code ./mvnw verify} (skipped with a message where they are missing, as under {@code ./mvnw test}).
 */
class DistributedJdbcDrillTest {

    static final int RACES = 10;
    static final int SEGMENTS = 4;
    static final String DIRECTORY = "employee-directory";

    @TempDir
    Path dataDir;

    private final Map<String, String> hiredNumbers = new ConcurrentHashMap<>();
    private final Collection<String> unanswered = new ConcurrentLinkedQueue<>();
    private final Collection<String> surprises = new ConcurrentLinkedQueue<>();

    @Test
    void twoCommandSidesAndTwoQuerySidesShareOneDatabaseThroughRacesJoinsAndKills() throws Exception {
        Path commandJar = executableJar("command-side");
        Path queryJar = executableJar("query-side");
        LocalPostgres postgres = LocalPostgres.get();
        String databaseUrl = postgres.newDatabase("distributed_drill");
        MongoServer mongo = new MongoServer(H2Backend.inMemory());
        InetSocketAddress mongoAddress = mongo.bind();
        // Each command side names its database sessions, so that the drill can see which one waits for what.
        String[] asC1 = args(databaseUrl + "?ApplicationName=command-side-1", postgres, mongoAddress);
        String[] asC2 = args(databaseUrl + "?ApplicationName=command-side-2", postgres, mongoAddress);
        String[] shared = args(databaseUrl, postgres, mongoAddress);
        List<ChildApplication> children = new ArrayList<>();
        try (HikariDataSource database = pool(databaseUrl, postgres.user())) {
            JdbcTemplate events = new JdbcTemplate(database);

            // Three processes start at once on an empty database and an empty MongoDB.
            CompletableFuture<ChildApplication> startingC1 = CompletableFuture.supplyAsync(
                    () -> ChildApplication.startJar(commandJar, dataDir.resolve("c1"), asC1));
            CompletableFuture<ChildApplication> startingC2 = CompletableFuture.supplyAsync(
                    () -> ChildApplication.startJar(commandJar, dataDir.resolve("c2"), asC2));
            CompletableFuture<ChildApplication> startingQ1 = CompletableFuture.supplyAsync(
                    () -> ChildApplication.startJar(queryJar, dataDir.resolve("q1"), shared));
            ChildApplication c1 = startingC1.get();
            children.add(c1);
            ChildApplication c2 = startingC2.get();
            children.add(c2);
            ChildApplication q1 = startingQ1.get();
            children.add(q1);

            // The same number on both command sides at the same moment: exactly one of them hires.
            for (int race = 0; race < RACES; race++) {
                String number = "RACE-" + race;
                List<Integer> statuses = race(c1.api(), c2.api(), number);
                assertThat(statuses).as("answers to hiring " + number + " on both command sides")
                        .containsExactlyInAnyOrder(201, 409);
            }

            // Load on both command sides; a second query side joins meanwhile.
            AtomicBoolean stopC1 = new AtomicBoolean();
            AtomicBoolean stopAll = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> load = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                boolean onC1 = client % 2 == 0;
                Api api = (onC1 ? c1 : c2).api();
                String prefix = "LOAD-" + client + "-";
                load.add(clients.submit(() -> hireUntil(api, prefix, onC1 ? stopC1 : stopAll, stopAll)));
            }
            ChildApplication q2 = ChildApplication.startJar(queryJar, dataDir.resolve("q2"), shared);
            children.add(q2);
            String q1Name = status(q1).path("instance").asText();
            String q2Name = status(q2).path("instance").asText();
            assertThat(q1Name).isNotEqualTo(q2Name);
            await("the joining query side takes half of the directory's segments").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> owners(q1).equals(Map.of(q1Name, SEGMENTS / 2, q2Name, SEGMENTS / 2)));
            // The split holds (no claims thrown back and forth under load), and each instance works on its share.
            await("each query side works on its half").atMost(Duration.ofSeconds(60))
                    .until(() -> status(q1).path("claimedSegments").asInt() == SEGMENTS / 2
                            && status(q2).path("claimedSegments").asInt() == SEGMENTS / 2);
            for (int sample = 0; sample < 5; sample++) {
                assertThat(owners(q2)).as("holders of the directory's segments, a moment later")
                        .isEqualTo(Map.of(q1Name, SEGMENTS / 2, q2Name, SEGMENTS / 2));
                ChildApplication.sleep(1_000);
            }

            // kill -9 of a command side between a hire's claim and its append, while the other one is under load.
            // The drill holds the append lock, so the hire has claimed its number and waits to append its events.
            stopC1.set(true);
            ChildApplication.sleep(1_000);
            String crashNumber = "CRASH-1";
            CompletableFuture<Api.Response> cutOff;
            try (Connection appendLock = database.getConnection(); Statement statement = appendLock.createStatement()) {
                appendLock.setAutoCommit(false);
                statement.execute("SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE");
                cutOff = CompletableFuture.supplyAsync(
                        () -> c1.api().post("hr", "/api/hr/employees", Api.hireJson(crashNumber)));
                await("the hire on the first command side waits to append its events").atMost(Duration.ofSeconds(60))
                        .until(() -> waitingToAppend(events, "command-side-1") > 0);
                c1.kill();
                appendLock.rollback();
            }
            assertThatThrownBy(cutOff::join).as("the hire cut off by the kill")
                    .hasCauseInstanceOf(UncheckedIOException.class);
            await("the killed side's transaction is rolled back").atMost(Duration.ofSeconds(60))
                    .until(() -> sessions(events, "command-side-1") == 0);
            Api.Response crashRetry = c2.api().post("hr", "/api/hr/employees", Api.hireJson(crashNumber));
            assertThat(crashRetry.status()).as("hiring " + crashNumber + " again after the kill: " + crashRetry.body())
                    .isEqualTo(201);
            hiredNumbers.put(crashRetry.json().get("employeeId").asText(), crashNumber);
            ChildApplication.sleep(2_000);
            stopAll.set(true);
            for (Future<?> f : load) {
                f.get();
            }
            clients.shutdown();
            assertThat(surprises).as("answers other than 201 under load").isEmpty();

            // A load request left unanswered (its client stops between requests, so there should be none) must not
            // have left its number taken unless its hire was stored.
            Api survivor = c2.api();
            System.out.printf("Distributed drill: %d hires acknowledged, %d load requests unanswered%n",
                    hiredNumbers.size(), unanswered.size());
            for (String number : unanswered) {
                Api.Response again = survivor.post("hr", "/api/hr/employees", Api.hireJson(number));
                if (again.status() == 201) {
                    hiredNumbers.put(again.json().get("employeeId").asText(), number);
                } else {
                    assertThat(again.status()).as(number + " after the kill: " + again.body()).isEqualTo(409);
                    assertThat(hiredWithNumber(events, number)).as("a stored hire holding " + number).isEqualTo(1);
                }
            }

            // kill -9 of the first query side: the second one takes over every segment.
            q1.kill();
            await("the surviving query side holds every segment").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> owners(q2).equals(Map.of(q2Name, SEGMENTS)));
            Api.Response last = survivor.post("hr", "/api/hr/employees", Api.hireJson("AFTER-KILLS"));
            assertThat(last.status()).as(last.body()).isEqualTo(201);
            hiredNumbers.put(last.json().get("employeeId").asText(), "AFTER-KILLS");

            // Every acknowledged hire is stored exactly once and shown by the surviving query side.
            Map<String, Integer> storedHires = new HashMap<>();
            events.query("SELECT aggregateidentifier, count(*) AS n FROM domainevententry WHERE payloadtype = ? "
                            + "GROUP BY aggregateidentifier", rs -> {
                storedHires.put(rs.getString(1), rs.getInt(2));
            }, KillUnderLoadDrillTest.EMPLOYEE_HIRED);
            for (String id : hiredNumbers.keySet()) {
                assertThat(storedHires.get(id)).as("hire events of acknowledged employee " + id).isEqualTo(1);
            }
            Api q2Api = q2.api();
            await("the surviving query side shows every stored hire").atMost(Duration.ofSeconds(120))
                    .until(() -> directoryIds(q2Api).equals(storedHires.keySet()));

            // The audit hash chain verifies over every event of the store.
            long stored = events.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
            await("the audit chain verifies over every stored event").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        JsonNode verification = q2Api.get("compliance", "/api/audit/verify").json();
                        return verification.path("verified").asBoolean()
                                && verification.path("eventsChecked").asLong() == stored;
                    });
        } catch (AssertionError | RuntimeException e) {
            for (ChildApplication child : children) {
                System.err.println("---- child log ----\n" + child.logTail());
            }
            throw e;
        } finally {
            children.forEach(ChildApplication::close);
            mongo.shutdownNow();
        }
    }

    private static String[] args(String databaseUrl, LocalPostgres postgres, InetSocketAddress mongo) {
        return new String[] {
                "--urakata.event-store=jdbc",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + postgres.user(),
                "--urakata.mongo.embedded=false",
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongo.getPort() + "/urakata"};
    }

    /** The ids the directory lists, page by page. */
    private static Set<String> directoryIds(Api api) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("hr", "/api/hr/employees?size=200&page=" + page).json().path("items");
            items.forEach(item -> ids.add(item.path("employeeId").asText()));
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    /** Database sessions of {@code application} that wait for the event append lock. */
    private static int waitingToAppend(JdbcTemplate events, String application) {
        return events.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE application_name = ? "
                + "AND wait_event_type = 'Lock' AND query LIKE '%event_append_lock%'", Integer.class, application);
    }

    /** Open database sessions of {@code application}. */
    private static int sessions(JdbcTemplate events, String application) {
        return events.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?",
                Integer.class, application);
    }

    /** Hires with fresh numbers until told to stop; a request cut off by a kill is remembered as unanswered. */
    private void hireUntil(Api api, String prefix, AtomicBoolean stop, AtomicBoolean stopAll) {
        for (int n = 0; !stop.get() && !stopAll.get(); n++) {
            String number = prefix + n;
            try {
                Api.Response r = api.post("hr", "/api/hr/employees", Api.hireJson(number));
                if (r.status() == 201) {
                    hiredNumbers.put(r.json().get("employeeId").asText(), number);
                } else {
                    surprises.add(number + ": " + r.status() + " " + r.body());
                }
                // Steady load (some 16 hires a second from four clients), not as fast as two cores allow.
                ChildApplication.sleep(250);
            } catch (UncheckedIOException cutOff) {
                unanswered.add(number);
                return;
            }
        }
    }

    /** Sends the same hire to both command sides at once and returns both answers' statuses. */
    private List<Integer> race(Api first, Api second, String number) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pair = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (Api api : List.of(first, second)) {
                answers.add(pair.submit(() -> {
                    go.await();
                    return api.post("hr", "/api/hr/employees", Api.hireJson(number));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response r = answer.get();
                statuses.add(r.status());
                if (r.status() == 201) {
                    hiredNumbers.put(r.json().get("employeeId").asText(), number);
                }
            }
            return statuses;
        } finally {
            pair.shutdown();
        }
    }

    private static JsonNode status(ChildApplication querySide) {
        return querySide.api().get("admin", "/api/operations/processors/" + DIRECTORY).json();
    }

    /** How many of the directory's segments each instance holds, as the token store records it. */
    private static Map<String, Integer> owners(ChildApplication querySide) {
        Map<String, Integer> owners = new HashMap<>();
        for (JsonNode claim : status(querySide).path("segments")) {
            owners.merge(claim.path("owner").asText("(nobody)"), 1, Integer::sum);
        }
        return owners;
    }

    /** Stored hires whose event carries this employee number. */
    private static int hiredWithNumber(JdbcTemplate events, String number) {
        // Names are encrypted in the payload, the employee number is not: it is what makes an employee unique.
        return events.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype = ? "
                        + "AND convert_from(payload, 'UTF8') LIKE ?", Integer.class,
                KillUnderLoadDrillTest.EMPLOYEE_HIRED, "%\"" + number + "\"%");
    }

    private static HikariDataSource pool(String url, String user) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setMaximumPoolSize(2);
        return pool;
    }

    /** The side's {@code -exec} jar from its module's target directory; skips the test if it was not built. */
    private static Path executableJar(String module) {
        Path target = Path.of("..", module, "target").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).toList();
            Assumptions.assumeFalse(jars.isEmpty(), "No executable jar in " + target
                    + " (built by ./mvnw verify or package): the multi-process drill is skipped");
            return jars.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
