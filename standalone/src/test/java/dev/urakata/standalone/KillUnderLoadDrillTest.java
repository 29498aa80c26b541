package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.urakata.config.storage.H2FileDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill: {@code kill -9} of the standalone process while eight clients hire and change salaries, then a restart on
 * the same data directory. Every command that was answered 2xx has its event exactly once, every aggregate's
 * sequence numbers run 0, 1, 2… without a hole, and the employee directory equals what a full rebuild of it
 * produces.
 *
 * <p>How this was checked to fail when the guarantee breaks: with {@code WRITE_DELAY=0} removed from the event store's
 * JDBC URL (H2's default delays commits by half a second) acknowledged hires go missing after the kill and the
 * "exactly once" assertion names them; a salary change counted twice (the same new amount in two events) or a skipped
 * sequence number fails the corresponding assertion; and deleting a document from {@code hr_employee_directory}
 * before the rebuild makes the directory differ from its rebuilt version.
 */
class KillUnderLoadDrillTest {

    static final String MAIN = UrakataApplication.class.getName();
    static final int CLIENTS = 8;
    static final int ACKNOWLEDGED_BEFORE_KILL = 120;

    @TempDir
    Path dataDir;

    /** A command the service answered with 2xx, and what must therefore be in the event store once. */
    record Acknowledged(String employeeId, String eventType, String marker) {
    }

    @Test
    void everyAcknowledgedCommandSurvivesAKillExactlyOnceAndTheDirectoryEqualsItsRebuild() throws Exception {
        List<Acknowledged> acknowledged = new ArrayList<>();
        AtomicInteger unanswered = new AtomicInteger();
        try (ChildApplication first = ChildApplication.start(MAIN, dataDir)) {
            acknowledged.addAll(driveUntilKilled(first, unanswered));
        }
        assertThat(acknowledged).as("commands acknowledged before the kill").hasSizeGreaterThanOrEqualTo(
                ACKNOWLEDGED_BEFORE_KILL);

        // Restart on the same files; it must come up, and take commands again.
        Map<String, JsonNode> directory;
        Map<String, JsonNode> rebuilt;
        try (ChildApplication second = ChildApplication.start(MAIN, dataDir)) {
            Api api = second.api();
            Acknowledged afterRestart = hireOne(api, "AFTER-RESTART");
            acknowledged.add(afterRestart);

            // The directory catches up with everything in the store (lag 0) and holds every acknowledged hire.
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    api.get("admin", "/api/operations/processors/employee-directory").json().path("lag").asLong(-1)
                            == 0 && directory(api).containsKey(afterRestart.employeeId()));
            directory = directory(api);
            for (Acknowledged a : acknowledged) {
                assertThat(directory).as("directory entry of " + a.employeeId()).containsKey(a.employeeId());
            }

            // A full rebuild of the directory, from the first event, gives exactly the same documents.
            Api.Response started = api.post("admin", "/api/operations/processors/employee-directory/rebuild", "");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120)).until(() -> "DONE".equals(api.get("admin",
                    "/api/operations/processors/employee-directory").json().path("rebuild").path("state").asText()));
            rebuilt = directory(api);
            second.stop();
        }
        assertThat(differences(directory, rebuilt)).as("directory entries that differ from their rebuild").isEmpty();

        // The event store itself, read with JDBC once the process has stopped.
        try (HikariDataSource events = H2FileDataSource.open("drill", dataDir.resolve("events"), "", 1)) {
            JdbcTemplate jdbc = new JdbcTemplate(events);
            Map<String, List<Long>> sequences = new HashMap<>();
            Map<String, List<String>> payloads = new HashMap<>();
            jdbc.query("SELECT aggregateidentifier, sequencenumber, payloadtype, payload FROM domainevententry "
                    + "WHERE type = 'Employee' ORDER BY globalindex", row -> {
                String id = row.getString(1);
                sequences.computeIfAbsent(id, k -> new ArrayList<>()).add(row.getLong(2));
                payloads.computeIfAbsent(id, k -> new ArrayList<>()).add(
                        row.getString(3) + " " + new String(row.getBytes(4), StandardCharsets.UTF_8));
            });
            for (Acknowledged a : acknowledged) {
                long copies = payloads.getOrDefault(a.employeeId(), List.of()).stream()
                        .filter(p -> p.startsWith(a.eventType()) && p.contains(a.marker())).count();
                assertThat(copies).as(a + " stored exactly once").isEqualTo(1);
            }
            // Sequence numbers: 0, 1, 2, … in order of appending, for every aggregate of every type.
            Map<String, List<Long>> all = new TreeMap<>();
            jdbc.query("SELECT aggregateidentifier, sequencenumber FROM domainevententry "
                    + "WHERE aggregateidentifier IS NOT NULL ORDER BY globalindex", row -> {
                all.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getLong(2));
            });
            assertThat(all.keySet()).containsAll(sequences.keySet());
            all.forEach((aggregate, seq) -> {
                for (int i = 0; i < seq.size(); i++) {
                    assertThat(seq.get(i)).as("sequence " + i + " of " + aggregate + " " + seq).isEqualTo(i);
                }
            });
        }
    }

    /**
     * Eight clients hire and raise salaries as fast as they are answered; once enough have been acknowledged the
     * process is killed while requests are in flight. Requests that got no answer are counted, not asserted: they may
     * or may not have been recorded, but never twice and never with a hole.
     */
    private List<Acknowledged> driveUntilKilled(ChildApplication child, AtomicInteger unanswered)
            throws InterruptedException {
        Api api = child.api();
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicLong salary = new AtomicLong(400_000);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        ConcurrentLinkedQueue<String> surprises = new ConcurrentLinkedQueue<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                List<String> mine = new ArrayList<>();
                try {
                    for (int n = 0; !killed.get(); n++) {
                        try {
                            if (mine.size() < 3 || n % 4 == 0) {
                                String number = "K" + client + "-" + n;
                                Api.Response r = api.post("hr", "/api/hr/employees", Api.hireJson(number));
                                if (r.status() == 201) {
                                    String id = r.json().get("employeeId").asText();
                                    mine.add(id);
                                    acknowledged.add(new Acknowledged(id, EMPLOYEE_HIRED, "\"" + number + "\""));
                                } else {
                                    surprises.add(r.status() + " " + r.body());
                                }
                            } else {
                                String id = mine.get(n % mine.size());
                                String reason = "drill-" + client + "-" + n;
                                long amount = salary.incrementAndGet();
                                Api.Response r = api.post("hr", "/api/hr/employees/" + id + "/salary-changes",
                                        "{\"monthlySalary\":{\"amount\":\"" + amount
                                                + "\",\"currency\":\"JPY\"},\"effectiveDate\":\"2026-05-01\","
                                                + "\"reason\":\"" + reason + "\"}");
                                if (r.status() == 200) {
                                    // The reason is stored encrypted (it may name people); every amount is new,
                                    // and stored as it is.
                                    acknowledged.add(new Acknowledged(id, EMPLOYEE_SALARY_CHANGED,
                                            "\"monthlySalary\":{\"amount\":\"" + amount + "\""));
                                } else {
                                    surprises.add(r.status() + " " + r.body());
                                }
                            }
                        } catch (RuntimeException noAnswer) {
                            // Killed mid-request (or refused after the kill): the outcome is unknown.
                            unanswered.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "drill-client-" + client);
            thread.start();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.kill();
        killed.set(true);
        done.await();
        assertThat(surprises).as("answers other than 2xx before the kill").isEmpty();
        return new ArrayList<>(acknowledged);
    }

    static final String EMPLOYEE_HIRED = "dev.urakata.shared.hr.EmployeeHiredEvent";
    static final String EMPLOYEE_SALARY_CHANGED = "dev.urakata.shared.hr.EmployeeSalaryChangedEvent";

    /** Hires one employee; the employee number (plain text in the stored event) identifies the event. */
    private static Acknowledged hireOne(Api api, String number) {
        Api.Response r = api.post("hr", "/api/hr/employees", Api.hireJson(number));
        if (r.status() != 201) {
            throw new AssertionError("hire " + number + ": " + r.status() + " " + r.body());
        }
        return new Acknowledged(r.json().get("employeeId").asText(), EMPLOYEE_HIRED, "\"" + number + "\"");
    }

    /** The entries of two directories that are not equal, each with both versions. */
    static List<String> differences(Map<String, JsonNode> live, Map<String, JsonNode> rebuilt) {
        Set<String> ids = new TreeSet<>(live.keySet());
        ids.addAll(rebuilt.keySet());
        List<String> differences = new ArrayList<>();
        for (String id : ids) {
            if (!Objects.equals(live.get(id), rebuilt.get(id))) {
                differences.add(id + "\n  live:    " + live.get(id) + "\n  rebuilt: " + rebuilt.get(id));
            }
        }
        return differences;
    }

    /** Every directory entry by employee id, all pages. */
    static Map<String, JsonNode> directory(Api api) {
        Map<String, JsonNode> byId = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("hr", "/api/hr/employees?size=200&page=" + page).json().path("items");
            for (JsonNode e : items) {
                byId.put(e.path("employeeId").asText(), api.get("hr", "/api/hr/employees/"
                        + e.path("employeeId").asText()).json());
            }
            if (items.size() < 200) {
                return byId;
            }
        }
    }
}
