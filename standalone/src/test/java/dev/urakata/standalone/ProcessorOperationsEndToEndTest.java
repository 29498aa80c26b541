package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeSalaryChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.bson.Document;
import org.axonframework.eventhandling.EventHandler;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    }

    @TestConfiguration
    static class FlakyConfiguration {
        @Bean
        PoisonUntilHealedProjection poisonUntilHealedProjection() {
            return new PoisonUntilHealedProjection();
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
            JsonNode group = find(api().get("compliance", "/api/operations/dead-letters").json().get("items"),
                    "processingGroup", GROUP);
            return group != null && group.get("sequences").asLong() == 2 && group.get("letters").asLong() == 3
                    && projection.handled.contains("salary " + healthy);
        });
        assertThat(projection.handled).containsExactly("hired OPS-OK-1", "salary " + healthy);

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
        assertThat(projection.handled).containsExactly(
                "hired OPS-OK-1", "salary " + healthy, "hired POISON-OPS-1", "salary " + poisoned);
        assertThat(projection.handled).doesNotContain("hired POISON-OPS-2");
        JsonNode group = find(api().get("admin", "/api/operations/dead-letters").json().get("items"),
                "processingGroup", GROUP);
        assertThat(group.get("sequences").asLong()).isZero();
        assertThat(group.get("letters").asLong()).isZero();

        // A rebuild replays parked events too, so it starts from an empty queue.
        PoisonUntilHealedProjection.healed = false;
        hire("POISON-OPS-3");
        await().atMost(Duration.ofSeconds(30)).until(() -> find(api().get("admin", "/api/operations/dead-letters")
                .json().get("items"), "processingGroup", GROUP).get("sequences").asLong() == 1);
        PoisonUntilHealedProjection.healed = true;
        assertThat(postEmpty("admin", "/api/operations/processors/" + GROUP + "/rebuild").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.handled.contains("hired POISON-OPS-3"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode status = find(api().get("admin", "/api/operations/processors").json().get("items"),
                    "name", GROUP);
            return !status.get("replaying").asBoolean() && status.get("lag").asLong(-1) == 0;
        });
        JsonNode afterRebuild = find(api().get("admin", "/api/operations/dead-letters").json().get("items"),
                "processingGroup", GROUP);
        assertThat(afterRebuild.get("sequences").asLong()).isZero();
        assertThat(afterRebuild.get("letters").asLong()).isZero();
    }

    @Test
    void processorsShowTheirLagAndAProjectionCanBeRebuilt() {
        String first = hire("OPS-REBUILD-1");
        String second = hire("OPS-REBUILD-2");
        assertThat(api().post("hr", "/api/hr/employees/" + second + "/salary-changes", RAISE).status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode directory = find(api().get("compliance", "/api/operations/processors").json().get("items"),
                    "name", "employee-directory");
            return directory != null && directory.get("lag").asLong(-1) == 0
                    && api().get("hr", "/api/hr/employees/" + second).json().get("salaryHistory").size() == 2;
        });
        JsonNode directory = find(api().get("compliance", "/api/operations/processors").json().get("items"),
                "name", "employee-directory");
        assertThat(directory.get("streaming").asBoolean()).isTrue();
        assertThat(directory.get("running").asBoolean()).isTrue();
        assertThat(directory.get("error").asBoolean()).isFalse();
        assertThat(directory.get("replaying").asBoolean()).isFalse();
        assertThat(directory.get("claimedSegments").asInt()).isPositive();
        assertThat(directory.get("headPosition").asLong()).isPositive();
        assertThat(directory.get("lowestPosition").asLong()).isEqualTo(directory.get("headPosition").asLong());
        assertThat(directory.get("replayProgress").asInt()).isEqualTo(100);

        String firstBefore = api().get("hr", "/api/hr/employees/" + first).body();
        String secondBefore = api().get("hr", "/api/hr/employees/" + second).body();

        assertProblem(postEmpty("compliance", "/api/operations/processors/employee-directory/rebuild"), 403,
                "FORBIDDEN");
        assertProblem(postEmpty("analyst", "/api/operations/processors/employee-directory/rebuild"), 403,
                "FORBIDDEN");
        assertProblem(api().get("analyst", "/api/operations/processors"), 403, "FORBIDDEN");
        assertProblem(postEmpty("admin", "/api/operations/processors/no-such-processor/rebuild"), 404, "NOT_FOUND");
        // A saga's processor cannot replay: that would send its commands again.
        assertProblem(postEmpty("admin", "/api/operations/processors/ShipmentSagaProcessor/rebuild"), 409,
                "PROCESSOR_RESET_NOT_SUPPORTED");

        // A leftover that no event explains: a rebuild starts from an empty directory, so it must go.
        mongo.getCollection("hr_employee_directory").insertOne(new Document("_id", "stray-before-rebuild"));

        Api.Response rebuilt = postEmpty("admin", "/api/operations/processors/employee-directory/rebuild");
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
            JsonNode after = find(api().get("admin", "/api/operations/processors").json().get("items"),
                    "name", "employee-directory");
            return !after.get("replaying").asBoolean() && after.get("lag").asLong(-1) == 0
                    && after.get("replayProgress").asInt() == 100;
        });
    }
}
