package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.urakata.query.operations.ShadowBuildListener;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.bson.Document;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations API: an administrator sees how far every processor has come, rebuilds a projection, and works
 * through a dead-letter queue (inspect, retry once the handler is fixed, evict what cannot be saved).
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProcessorOperationsEndToEndTest.FlakyConfiguration.class)
class ProcessorOperationsEndToEndTest {

    static final String GROUP = "operations-test";
    static final String RAISE =
            "{\"monthlySalary\":{\"amount\":\"360000\",\"currency\":\"JPY\"},\"effectiveDate\":\"2026-05-01\"}";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("urakata-ops-").toString();
        registry.add("urakata.data-dir", () -> dir);
        // Short, so that a switch waits little and replaced collections are dropped within the test.
        registry.add("urakata.read-models.route-refresh-interval", () -> "200ms");
        registry.add("urakata.read-models.retired-grace", () -> "3s");
    }

    @TestConfiguration
    static class FlakyConfiguration {
        @Bean
        PoisonUntilHealedProjection poisonUntilHealedProjection() {
            return new PoisonUntilHealedProjection();
        }

        @Bean
        RebuildGate rebuildGate() {
            return new RebuildGate();
        }
    }

    /** Pauses a blue-green rebuild after some events of its new version, or makes it fail. */
    static class RebuildGate implements ShadowBuildListener {
        volatile String pauseProcessor;
        volatile long pauseAfter;
        volatile String failProcessor;
        final AtomicLong seen = new AtomicLong();
        volatile CountDownLatch paused = new CountDownLatch(1);
        volatile CountDownLatch released = new CountDownLatch(1);

        void pause(String processor, long afterEvents) {
            seen.set(0);
            paused = new CountDownLatch(1);
            released = new CountDownLatch(1);
            pauseAfter = afterEvents;
            pauseProcessor = processor;
        }

        void reset() {
            pauseProcessor = null;
            failProcessor = null;
            released.countDown();
        }

        @Override
        public void beforeEvent(String processor, TrackedEventMessage<?> event) throws Exception {
            if (processor.equals(failProcessor)) {
                throw new IllegalStateException("simulated failure of the new version");
            }
            if (processor.equals(pauseProcessor) && seen.incrementAndGet() == pauseAfter) {
                paused.countDown();
                assertThat(released.await(60, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    /** A projection that fails on employees whose number starts with POISON, until it is "healed" (a bug fix). */
    @ProcessingGroup(GROUP)
    static class PoisonUntilHealedProjection {
        static volatile boolean healed;
        final List<String> handled = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(EmployeeHiredEvent event) {
            if (!healed && event.employeeNumber().startsWith("POISON")) {
                throw new IllegalStateException("cannot project " + event.employeeNumber());
            }
            handled.add("hired " + event.employeeNumber());
        }

        @EventHandler
        void on(EmployeeSalaryChangedEvent event) {
            handled.add("salary " + event.employeeId());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    PoisonUntilHealedProjection projection;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RebuildGate gate;

    @AfterEach
    void openTheGate() {
        gate.reset();
    }

    Api api() {
        return new Api(port);
    }

    Api.Response postEmpty(String user, String path) {
        return api().send(api().request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    String hire(String employeeNumber) {
        Api.Response response = api().post("hr", "/api/hr/employees", Api.hireJson(employeeNumber));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("employeeId").asText();
    }

    static JsonNode find(JsonNode items, String field, String value) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> value.equals(item.get(field).asText()))
                .findFirst().orElse(null);
    }

    @Test
    void deadLettersAreListedRetriedInOrderOnceHealedAndEvicted() {
        PoisonUntilHealedProjection.healed = false;
        String poisoned = hire("POISON-OPS-1");
        String healthy = hire("OPS-OK-1");
        String hopeless = hire("POISON-OPS-2");
        assertThat(api().post("hr", "/api/hr/employees/" + poisoned + "/salary-changes", RAISE).status())
                .isEqualTo(200);
        assertThat(api().post("hr", "/api/hr/employees/" + healthy + "/salary-changes", RAISE).status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode group = find(api().get("compliance", "/api/operations/dead-letters").json().path("items"),
                    "processingGroup", GROUP);
            return group != null && group.get("sequences").asLong() == 2 && group.get("letters").asLong() == 3
                    && projection.handled.contains("salary " + healthy);
        });
        // The projection sees every hire of this application; only this test's employees count here.
        List<String> mine = List.of("OPS-OK-1", "POISON-OPS-", poisoned, healthy, hopeless);
        Supplier<List<String>> handledHere = () -> projection.handled.stream()
                .filter(entry -> mine.stream().anyMatch(entry::contains)).toList();
        assertThat(handledHere.get()).containsExactly("hired OPS-OK-1", "salary " + healthy);

        Api.Response detail = api().get("compliance", "/api/operations/dead-letters/" + GROUP);
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        JsonNode sequences = detail.json().get("items");
        assertThat(detail.json().get("total").asLong()).isEqualTo(2);
        JsonNode sequence = find(sequences, "sequenceId", poisoned);
        assertThat(sequence).as(detail.body()).isNotNull();
        JsonNode letters = sequence.get("letters");
        assertThat(letters).hasSize(2);
        JsonNode hired = letters.get(0);
        assertThat(hired.get("eventType").asText()).isEqualTo("EmployeeHiredEvent");
        assertThat(hired.get("aggregateId").asText()).isEqualTo(poisoned);
        assertThat(hired.get("sequenceNumber").asLong()).isZero();
        assertThat(hired.get("eventId").asText()).isNotBlank();
        assertThat(hired.get("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(hired.get("causeMessage").asText()).isEqualTo("cannot project POISON-OPS-1");
        assertThat(hired.get("enqueuedAt").asText()).endsWith("Z");
        assertThat(hired.get("lastTouched").asText()).endsWith("Z");
        assertThat(hired.get("diagnostics").isObject()).isTrue();
        assertThat(letters.get(1).get("eventType").asText()).isEqualTo("EmployeeSalaryChangedEvent");
        assertThat(letters.get(1).get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(find(sequences, "sequenceId", hopeless).get("letters")).hasSize(1);

        // Only an administrator acts on the queue.
        assertProblem(postEmpty("compliance", "/api/operations/dead-letters/" + GROUP + "/retry"), 403,
                "FORBIDDEN");
        assertProblem(postEmpty("analyst", "/api/operations/dead-letters/" + GROUP + "/retry"), 403, "FORBIDDEN");
        assertProblem(postEmpty("analyst",
                "/api/operations/dead-letters/" + GROUP + "/sequences/" + hopeless + "/evict"), 403, "FORBIDDEN");
        assertProblem(api().get("analyst", "/api/operations/dead-letters"), 403, "FORBIDDEN");
        assertProblem(api().get("admin", "/api/operations/dead-letters/no-such-group"), 404, "NOT_FOUND");
        assertProblem(postEmpty("admin", "/api/operations/dead-letters/no-such-group/retry"), 404, "NOT_FOUND");
        assertProblem(postEmpty("admin",
                "/api/operations/dead-letters/" + GROUP + "/sequences/no-such-sequence/evict"), 404, "NOT_FOUND");

        // The second poisoned employee cannot be saved: drop its letters.
        Api.Response evicted = postEmpty("admin",
                "/api/operations/dead-letters/" + GROUP + "/sequences/" + hopeless + "/evict");
        assertThat(evicted.status()).as(evicted.body()).isEqualTo(200);
        assertThat(evicted.json().get("evictedLetters").asInt()).isEqualTo(1);
        assertThat(evicted.json().get("remainingSequences").asLong()).isEqualTo(1);

        // The handler is fixed: a retry drains the queue, the employee's events in their order.
        PoisonUntilHealedProjection.healed = true;
        Api.Response retried = postEmpty("admin", "/api/operations/dead-letters/" + GROUP + "/retry");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("processedSequences").asInt()).isEqualTo(1);
        assertThat(retried.json().get("remainingSequences").asLong()).isZero();
        assertThat(handledHere.get()).containsExactly(
                "hired OPS-OK-1", "salary " + healthy, "hired POISON-OPS-1", "salary " + poisoned);
        assertThat(projection.handled).doesNotContain("hired POISON-OPS-2");
        JsonNode group = find(api().get("admin", "/api/operations/dead-letters").json().get("items"),
                "processingGroup", GROUP);
        assertThat(group.get("sequences").asLong()).isZero();
        assertThat(group.get("letters").asLong()).isZero();

        // A reset replays parked events too, so it starts from an empty queue.
        PoisonUntilHealedProjection.healed = false;
        hire("POISON-OPS-3");
        await().atMost(Duration.ofSeconds(30)).until(() -> find(api().get("admin", "/api/operations/dead-letters")
                .json().path("items"), "processingGroup", GROUP).get("sequences").asLong() == 1);
        PoisonUntilHealedProjection.healed = true;
        // This projection keeps its state in memory: no second version of it can be built beside it.
        assertProblem(postEmpty("admin", "/api/operations/processors/" + GROUP + "/rebuild"), 409,
                "PROCESSOR_REBUILD_NOT_SUPPORTED");
        assertThat(postEmpty("admin", "/api/operations/processors/" + GROUP + "/reset").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.handled.contains("hired POISON-OPS-3"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode status = find(api().get("admin", "/api/operations/processors").json().path("items"),
                    "name", GROUP);
            return !status.get("replaying").asBoolean() && status.path("lag").asLong(-1) == 0;
        });
        JsonNode afterRebuild = find(api().get("admin", "/api/operations/dead-letters").json().get("items"),
                "processingGroup", GROUP);
        assertThat(afterRebuild.get("sequences").asLong()).isZero();
        assertThat(afterRebuild.get("letters").asLong()).isZero();
    }

    @Test
    void processorsShowTheirLagAndAProjectionCanBeResetInPlace() {
        String first = hire("OPS-REBUILD-1");
        String second = hire("OPS-REBUILD-2");
        assertThat(api().post("hr", "/api/hr/employees/" + second + "/salary-changes", RAISE).status())
                .isEqualTo(200);

        // One status read that shows the directory caught up: sagas and deadlines append in the background, so a
        // second read may already see a newer head.
        JsonNode[] caughtUp = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode status = find(api().get("compliance", "/api/operations/processors").json().path("items"),
                    "name", "employee-directory");
            if (status != null && status.path("lag").asLong(-1) == 0
                    && api().get("hr", "/api/hr/employees/" + second).json().path("salaryHistory").size() == 2) {
                caughtUp[0] = status;
            }
            return caughtUp[0] != null;
        });
        JsonNode directory = caughtUp[0];
        assertThat(directory.get("streaming").asBoolean()).isTrue();
        assertThat(directory.get("running").asBoolean()).isTrue();
        assertThat(directory.get("error").asBoolean()).isFalse();
        assertThat(directory.get("replaying").asBoolean()).isFalse();
        assertThat(directory.get("claimedSegments").asInt()).isPositive();
        // who holds what, from the token store: in the embedded default, this one process holds every segment
        assertThat(directory.get("instance").asText()).isEqualTo("urakata-embedded");
        assertThat(directory.get("segments").findValuesAsText("owner"))
                .hasSize(directory.get("claimedSegments").asInt()).containsOnly("urakata-embedded");
        assertThat(directory.get("headPosition").asLong()).isPositive();
        assertThat(directory.get("lowestPosition").asLong()).isEqualTo(directory.get("headPosition").asLong());
        assertThat(directory.get("replayProgress").asInt()).isEqualTo(100);

        String firstBefore = api().get("hr", "/api/hr/employees/" + first).body();
        String secondBefore = api().get("hr", "/api/hr/employees/" + second).body();

        assertProblem(postEmpty("compliance", "/api/operations/processors/employee-directory/reset"), 403,
                "FORBIDDEN");
        assertProblem(postEmpty("analyst", "/api/operations/processors/employee-directory/reset"), 403,
                "FORBIDDEN");
        assertProblem(api().get("analyst", "/api/operations/processors"), 403, "FORBIDDEN");
        assertProblem(postEmpty("admin", "/api/operations/processors/no-such-processor/reset"), 404, "NOT_FOUND");
        // A saga's processor cannot replay: that would send its commands again.
        assertProblem(postEmpty("admin", "/api/operations/processors/ShipmentSagaProcessor/reset"), 409,
                "PROCESSOR_RESET_NOT_SUPPORTED");

        // A leftover that no event explains: a reset starts from an empty directory, so it must go.
        mongo.getCollection("hr_employee_directory").insertOne(new Document("_id", "stray-before-rebuild"));

        Api.Response rebuilt = postEmpty("admin", "/api/operations/processors/employee-directory/reset");
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(202);
        assertThat(rebuilt.json().get("name").asText()).isEqualTo("employee-directory");
        assertThat(rebuilt.json().get("running").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mongo.getCollection("hr_employee_directory")
                    .countDocuments(new Document("_id", "stray-before-rebuild"))).isZero();
            assertThat(api().get("hr", "/api/hr/employees/" + first).body()).isEqualTo(firstBefore);
            assertThat(api().get("hr", "/api/hr/employees/" + second).body()).isEqualTo(secondBefore);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode after = find(api().get("admin", "/api/operations/processors").json().path("items"),
                    "name", "employee-directory");
            return !after.get("replaying").asBoolean() && after.path("lag").asLong(-1) == 0
                    && after.get("replayProgress").asInt() == 100;
        });
    }

    static final String DIRECTORY = "employee-directory";
    static final List<String> DIRECTORY_COLLECTIONS =
            List.of("hr_employee_directory", "hr_employee_directory_versions");

    /** Every document of a collection, as stored (raw BSON bytes, by id), read where queries read it. */
    Map<String, byte[]> documents(String collection) {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (RawBsonDocument doc : mongo.getCollection(collection).withDocumentClass(RawBsonDocument.class)
                .find().sort(new Document("_id", 1))) {
            byte[] bytes = new byte[doc.getByteBuffer().remaining()];
            doc.getByteBuffer().get(bytes);
            BsonValue id = doc.get("_id");
            documents.put(id.isString() ? id.asString().getValue() : id.toString(), bytes);
        }
        return documents;
    }

    Map<String, Map<String, byte[]>> directoryDocuments() {
        Map<String, Map<String, byte[]>> all = new LinkedHashMap<>();
        DIRECTORY_COLLECTIONS.forEach(collection -> all.put(collection, documents(collection)));
        return all;
    }

    JsonNode processor(String user, String name) {
        Api.Response response = api().get(user, "/api/operations/processors/" + name);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode awaitRebuild(String state) {
        return awaitRebuild(DIRECTORY, state);
    }

    JsonNode awaitRebuild(String name, String state) {
        await().atMost(Duration.ofSeconds(90)).until(() ->
                processor("admin", name).path("rebuild").path("state").asText().equals(state));
        return processor("admin", name);
    }

    /** History for the directory: hires, raises, a move and a termination, all projected. */
    List<String> directoryHistory(String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ids.add(hire(prefix + i));
        }
        assertThat(api().post("hr", "/api/hr/employees/" + ids.get(0) + "/salary-changes", RAISE).status())
                .isEqualTo(200);
        assertThat(api().post("hr", "/api/hr/employees/" + ids.get(1) + "/position-changes", """
                {"department":"Logistics","position":"Lead","effectiveDate":"2026-06-01"}""").status())
                .isEqualTo(200);
        assertThat(api().post("hr", "/api/hr/employees/" + ids.get(2) + "/terminate", """
                {"reason":"RESIGNATION","lastDay":"2026-12-31"}""").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> processor("admin", DIRECTORY).path("lag").asLong(-1) == 0
                && "TERMINATED".equals(api().get("hr", "/api/hr/employees/" + ids.get(2)).json()
                .path("status").asText()));
        return ids;
    }

    @Test
    void aBlueGreenRebuildKeepsQueriesCompleteThenSwitchesToByteIdenticalDocuments() throws Exception {
        List<String> ids = directoryHistory("BG-");
        // A version nobody's events explain (the list does not read versions): the rebuilt version has no such thing.
        mongo.getCollection("hr_employee_directory_versions").insertOne(new Document("_id", "stray:0")
                .append("employeeId", "stray"));

        assertProblem(postEmpty("compliance", "/api/operations/processors/" + DIRECTORY + "/rebuild"), 403,
                "FORBIDDEN");
        assertProblem(postEmpty("analyst", "/api/operations/processors/" + DIRECTORY + "/rebuild"), 403,
                "FORBIDDEN");
        assertProblem(api().get("analyst", "/api/operations/processors/" + DIRECTORY), 403, "FORBIDDEN");
        assertProblem(api().get("admin", "/api/operations/processors/no-such-processor"), 404, "NOT_FOUND");
        assertProblem(postEmpty("admin", "/api/operations/processors/no-such-processor/rebuild"), 404, "NOT_FOUND");
        assertProblem(postEmpty("admin", "/api/operations/processors/ShipmentSagaProcessor/rebuild"), 409,
                "PROCESSOR_RESET_NOT_SUPPORTED");

        gate.pause(DIRECTORY, 3);
        Api.Response started = postEmpty("admin", "/api/operations/processors/" + DIRECTORY + "/rebuild");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.location()).endsWith("/api/operations/processors/" + DIRECTORY);
        assertThat(started.json().get("rebuild").get("state").asText()).isEqualTo("BUILDING");
        assertThat(started.json().get("rebuild").get("startedBy").asText()).isEqualTo("admin");
        assertThat(gate.paused.await(60, TimeUnit.SECONDS)).isTrue();

        // Half built. The progress shows it, to compliance officers too.
        JsonNode building = processor("compliance", DIRECTORY).get("rebuild");
        assertThat(building.get("state").asText()).isEqualTo("BUILDING");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                processor("compliance", DIRECTORY).get("rebuild").get("appliedEvents").asLong() == 2);
        building = processor("compliance", DIRECTORY).get("rebuild");
        assertThat(building.get("position").asLong()).isLessThan(building.get("headPosition").asLong());
        assertThat(building.get("progress").asInt()).isBetween(0, 99);
        assertThat(building.path("finishedAt").isMissingNode()).isTrue();
        assertThat(building.path("switchedAt").isMissingNode()).isTrue();
        JsonNode inList = find(api().get("compliance", "/api/operations/processors").json().get("items"), "name",
                DIRECTORY);
        assertThat(inList.get("rebuild").get("state").asText()).isEqualTo("BUILDING");
        // One at a time, and no reset in place meanwhile.
        assertProblem(postEmpty("admin", "/api/operations/processors/" + DIRECTORY + "/rebuild"), 409,
                "PROCESSOR_REBUILD_IN_PROGRESS");
        assertProblem(postEmpty("admin", "/api/operations/processors/" + DIRECTORY + "/reset"), 409,
                "PROCESSOR_REBUILD_IN_PROGRESS");

        // The live version keeps answering completely and keeps being updated while the new one is built.
        String late = hire("BG-LATE");
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("hr", "/api/hr/employees/" + late).status() == 200
                && processor("admin", DIRECTORY).path("lag").asLong(-1) == 0);
        Map<String, Map<String, byte[]>> live = directoryDocuments();
        String list = api().get("hr", "/api/hr/employees?size=200").body();
        Map<String, String> employees = new LinkedHashMap<>();
        for (String id : ids) {
            employees.put(id, api().get("hr", "/api/hr/employees/" + id).body());
        }
        assertThat(live.get("hr_employee_directory")).containsKeys(ids.toArray(String[]::new)).containsKey(late);

        // Ask continuously while the rebuild finishes and switches: every answer is the complete directory.
        AtomicBoolean stop = new AtomicBoolean();
        List<String> incomplete = new CopyOnWriteArrayList<>();
        AtomicInteger answers = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                Api.Response response = api().get("hr", "/api/hr/employees?size=200");
                if (!response.body().equals(list)) {
                    incomplete.add(response.status() + " " + response.body());
                }
                String id = ids.get(answers.get() % ids.size());
                if (!api().get("hr", "/api/hr/employees/" + id).body().equals(employees.get(id))) {
                    incomplete.add("employee " + id);
                }
                answers.incrementAndGet();
            }
        });
        reader.start();
        gate.released.countDown();
        JsonNode done = awaitRebuild("DONE");
        Thread.sleep(500);
        stop.set(true);
        reader.join();
        assertThat(incomplete).isEmpty();
        assertThat(answers.get()).isPositive();

        JsonNode rebuild = done.get("rebuild");
        assertThat(rebuild.get("progress").asInt()).isEqualTo(100);
        assertThat(rebuild.path("failure").isMissingNode()).isTrue();
        assertThat(rebuild.get("finishedAt").asText()).endsWith("Z");
        // Queries read the new version from the switch; the run ends once other instances had time to follow.
        assertThat(Instant.parse(rebuild.get("switchedAt").asText()))
                .isAfter(Instant.parse(rebuild.get("startedAt").asText()))
                .isBefore(Instant.parse(rebuild.get("finishedAt").asText()));
        assertThat(rebuild.get("position").asLong()).isGreaterThanOrEqualTo(rebuild.get("headPosition").asLong());
        assertThat(rebuild.get("appliedEvents").asLong()).isPositive();
        assertThat(rebuild.get("collections")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(DIRECTORY_COLLECTIONS);
        assertThat(done.get("running").asBoolean()).isTrue();

        // Queries now read the new version: every document byte for byte what the live version held (nothing
        // excluded: the directory stores event timestamps, never the time of projection), minus the stray version.
        assertThat(mongo.getCollection("hr_employee_directory").getNamespace().getCollectionName())
                .startsWith("hr_employee_directory__bg_");
        live.get("hr_employee_directory_versions").remove("stray:0");
        assertThat(directoryDocuments()).usingRecursiveComparison().isEqualTo(live);
        assertThat(api().get("hr", "/api/hr/employees?size=200").body()).isEqualTo(list);

        // The processor carries on from where the new version stopped, in the new version.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode status = processor("admin", DIRECTORY);
            return status.path("lowestPosition").asLong(-1) >= rebuild.get("position").asLong()
                    && !status.get("replaying").asBoolean();
        });
        String after = hire("BG-AFTER");
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("hr", "/api/hr/employees/" + after).status()
                == 200);
        assertThat(mongo.getCollection("hr_employee_directory").countDocuments(new Document("_id", after)))
                .isEqualTo(1);
        // The replaced collections go once no query can still be reading them.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> names = mongo.getDb().listCollectionNames().into(new ArrayList<>());
            return !names.contains("hr_employee_directory") && !names.contains("hr_employee_directory_versions");
        });
    }

    @Test
    void aBlueGreenRebuildThatFailsLeavesTheLiveVersionAsItWas() {
        directoryHistory("BG-FAIL-");
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            JsonNode rebuild = processor("admin", DIRECTORY).path("rebuild");
            return rebuild.isMissingNode() || !List.of("BUILDING", "SWITCHING").contains(rebuild.get("state").asText());
        });
        Map<String, Map<String, byte[]>> before = directoryDocuments();
        String physical = mongo.getCollection("hr_employee_directory").getNamespace().getCollectionName();
        List<String> namesBefore = mongo.getDb().listCollectionNames().into(new ArrayList<>());
        String list = api().get("hr", "/api/hr/employees?size=200").body();

        gate.failProcessor = DIRECTORY;
        assertThat(postEmpty("admin", "/api/operations/processors/" + DIRECTORY + "/rebuild").status())
                .isEqualTo(202);
        JsonNode failed = awaitRebuild("FAILED");

        assertThat(failed.get("rebuild").get("failure").asText()).contains("simulated failure of the new version");
        assertThat(failed.get("rebuild").get("finishedAt").asText()).endsWith("Z");
        assertThat(failed.get("rebuild").path("switchedAt").isMissingNode()).isTrue();
        assertThat(failed.get("running").asBoolean()).isTrue();
        assertThat(mongo.getCollection("hr_employee_directory").getNamespace().getCollectionName())
                .isEqualTo(physical);
        assertThat(directoryDocuments()).usingRecursiveComparison().isEqualTo(before);
        assertThat(api().get("hr", "/api/hr/employees?size=200").body()).isEqualTo(list);
        // Nothing of the failed version is left behind.
        assertThat(namesBefore).containsAll(mongo.getDb().listCollectionNames().into(new ArrayList<>()));

        // And the next rebuild is free to start.
        gate.failProcessor = null;
        assertThat(postEmpty("admin", "/api/operations/processors/" + DIRECTORY + "/rebuild").status())
                .isEqualTo(202);
        awaitRebuild("DONE");
        assertThat(directoryDocuments()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void theAuditHashChainRebuiltBesideTheLiveOneHoldsTheSameLinksAndStillVerifies() {
        String chain = "audit-hash-chain";
        String employee = hire("BG-CHAIN-1");
        // A hire opens a leave account a moment later (a policy): wait for that too, so the store is quiet before
        // the live chain is copied; an event appended after the copy would be in the rebuilt chain only.
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("compliance",
                "/api/audit/events?aggregateId=leave-" + employee).json().path("total").asInt() > 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> processor("admin", chain).path("lag").asLong(-1) == 0);
        Map<String, byte[]> before = documents("audit_hash_chain");
        assertThat(before).isNotEmpty();
        Api.Response checkpoint = api().post("admin", "/api/audit/checkpoints", "{}");
        assertThat(checkpoint.status()).as(checkpoint.body()).isEqualTo(201);

        assertThat(postEmpty("admin", "/api/operations/processors/" + chain + "/rebuild").status()).isEqualTo(202);
        JsonNode done = awaitRebuild(chain, "DONE");

        assertThat(done.get("rebuild").get("collections")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("audit_hash_chain", "audit_hash_chain_head");
        assertThat(mongo.getCollection("audit_hash_chain").getNamespace().getCollectionName())
                .startsWith("audit_hash_chain__bg_");
        // Each link is computed from the one before it and the event's global position (a tracking-token parameter).
        assertThat(documents("audit_hash_chain")).usingRecursiveComparison().isEqualTo(before);
        JsonNode verified = api().get("compliance", "/api/audit/verify").json();
        assertThat(verified.get("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("checkpointsChecked").asInt()).isPositive();
    }
}
