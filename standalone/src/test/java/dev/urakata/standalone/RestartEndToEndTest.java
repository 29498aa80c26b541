package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import dev.urakata.config.privacy.PersonalDataEncryptingSerializer;
import dev.urakata.config.processing.ConcurrentStartTokenStore;
import dev.urakata.config.storage.OrderedAppendJdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stop the embedded default and start it again on the same data directory: every employee, audit entry, claimed
 * employee number and aggregate state (partly from snapshots) is still there, and nothing is projected twice.
 */
class RestartEndToEndTest {

    @TempDir
    Path dataDir;

    ConfigurableApplicationContext start() {
        // Command-line arguments, so they override application.yml as an operator's would.
        return new SpringApplicationBuilder(UrakataApplication.class)
                .run("--server.port=0", "--urakata.data-dir=" + dataDir,
                        // Snapshot early so the restart also loads an aggregate from a snapshot.
                        "--urakata.processing.snapshot-threshold=3");
    }

    static Api api(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    /** The employees' audit trail (the sample pay policy adopted at first start has its own entry). */
    static final String EMPLOYEE_TRAIL = "/api/audit/events?aggregateType=Employee&size=200";

    static long count(ConfigurableApplicationContext context, String table) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /**
     * The events recorded up to and including global position {@code last}: what was there before a stop. Deadlines
     * due meanwhile (the retired employee's offboarding, once the last day is over) may append more after a start.
     */
    static long eventsUpTo(ConfigurableApplicationContext context, long last) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM domainevententry WHERE globalindex <= ?", Long.class, last);
    }

    static long lastGlobalIndex(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT MAX(globalindex) FROM domainevententry", Long.class);
    }

    @Test
    void everythingRecordedBeforeAStopIsThereAfterAStart() {
        String retired;
        String active;
        JsonNode retiredBefore;
        JsonNode trailBefore;
        long eventsBefore;
        long lastBefore;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(TokenStore.class)).isInstanceOfSatisfying(ConcurrentStartTokenStore.class,
                    tokens -> assertThat(tokens.delegate()).isInstanceOf(MongoTokenStore.class));
            assertThat(first.getBean(EventStorageEngine.class)).isInstanceOf(OrderedAppendJdbcEventStorageEngine.class);
            // Jackson for events, messages and snapshots alike: no XStream anywhere. Events go through Jackson
            // with their personal data encrypted.
            org.axonframework.config.Configuration axon = first.getBean(org.axonframework.config.Configuration.class);
            assertThat(List.of(axon.serializer(), axon.messageSerializer()))
                    .allSatisfy(serializer -> assertThat(serializer).isInstanceOf(JacksonSerializer.class));
            assertThat(axon.eventSerializer()).isInstanceOf(PersonalDataEncryptingSerializer.class);
            assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
            // Deadlines are kept in the database beside the events, not in memory.
            assertThat(first.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
            assertThat(count(first, "scheduled_tasks")).isNotNegative();
            assertThat(dataDir.resolve("events.mv.db")).exists();
            assertThat(dataDir.resolve("readmodels.mv.db")).exists();
            Api api = api(first);
            retired = api.post("hr", "/api/hr/employees", Api.hireJson("R-1")).json().get("employeeId").asText();
            active = api.post("hr", "/api/hr/employees", Api.hireJson("R-2")).json().get("employeeId").asText();
            String base = "/api/hr/employees/" + retired;
            assertThat(api.post("hr", base + "/salary-changes",
                    "{\"monthlySalary\":{\"amount\":\"360000\",\"currency\":\"JPY\"},\"effectiveDate\":\"2026-05-01\"}")
                    .status()).isEqualTo(200);
            assertThat(api.post("hr", base + "/benefit-enrolments",
                    "{\"benefitPlan\":\"HEALTH\",\"effectiveDate\":\"2026-05-01\"}").status()).isEqualTo(200);
            assertThat(api.post("hr", base + "/performance-reviews",
                    "{\"reviewDate\":\"2026-06-01\",\"rating\":3,\"reviewer\":\"M. Sato\"}").status()).isEqualTo(200);
            assertThat(api.post("hr", base + "/terminate",
                    "{\"reason\":\"RETIREMENT\",\"lastDay\":\"2026-06-30\"}").status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() ->
                    api.get("compliance", EMPLOYEE_TRAIL).json().path("total").asInt() == 6
                            && "TERMINATED".equals(api.get("hr", base).json().path("status").asText()));
            await().atMost(Duration.ofSeconds(10)).until(() -> count(first, "snapshotevententry") > 0);
            retiredBefore = api.get("hr", base).json();
            trailBefore = api.get("compliance", EMPLOYEE_TRAIL).json();
            lastBefore = lastGlobalIndex(first);
            eventsBefore = eventsUpTo(first, lastBefore);
            assertThat(first.getBean(MongoTemplate.class).getCollection("axon_tracking_tokens").countDocuments())
                    .isPositive();
        }

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            assertThat(eventsUpTo(second, lastBefore)).isEqualTo(eventsBefore);
            assertThat(api.get("hr", "/api/hr/employees/" + retired).json()).isEqualTo(retiredBefore);
            assertThat(api.get("compliance", EMPLOYEE_TRAIL).json()).isEqualTo(trailBefore);
            // Names are stored encrypted; their keys are kept beside the events, so they still decrypt.
            assertThat(api.get("compliance", "/api/audit/aggregates/Employee/" + retired + "/timeline").body())
                    .contains("\"givenName\":\"Aiko\"");

            // State rebuilt from snapshot + events: the retired employee takes no more changes.
            Api.Response refused = api.post("hr", "/api/hr/employees/" + retired + "/salary-changes",
                    "{\"monthlySalary\":{\"amount\":\"370000\",\"currency\":\"JPY\"},\"effectiveDate\":\"2026-06-01\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("code").asText()).isEqualTo("EMPLOYEE_TERMINATED");
            // Employee numbers stay taken.
            assertThat(api.post("hr", "/api/hr/employees", Api.hireJson("R-1")).status()).isEqualTo(409);

            // The other employee carries on from where they were, and projections pick up only the new event.
            assertThat(api.post("hr", "/api/hr/employees/" + active + "/salary-changes",
                    "{\"monthlySalary\":{\"amount\":\"360000\",\"currency\":\"JPY\"},\"effectiveDate\":\"2026-09-01\"}")
                    .status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    api.get("compliance", "/api/audit/events?aggregateId=" + active).json().path("total").asInt() == 2);
            JsonNode activeTrail = api.get("compliance", "/api/audit/events?aggregateId=" + active).json();
            assertThat(activeTrail.get("items").findValuesAsText("sequence")).containsExactly("0", "1");
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    api.get("hr", "/api/hr/employees/" + active).json().path("salaryHistory").size() == 2);
            assertThat(api.get("compliance", EMPLOYEE_TRAIL).json().get("total").asInt()).isEqualTo(7);
        }
    }

    /**
     * The read store is disposable: with {@code readmodels.mv.db} deleted, a start rebuilds every view from the
     * events, with every name (the keys live beside the events, not with the read models), the erased person still
     * erased, every employee number still taken and the hash chain verifying. The erased person's key is gone from
     * the event database's file too, rewritten before it was opened again.
     */
    @Test
    void aDeletedReadStoreComesBackFromTheEventsWithEveryNameAndEveryClaim() throws Exception {
        String kept;
        String erased;
        byte[] erasedKey;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            kept = api.post("hr", "/api/hr/employees", Api.hireJson("L-1")).json().get("employeeId").asText();
            erased = api.post("hr", "/api/hr/employees", Api.hireJson("L-2")).json().get("employeeId").asText();
            erasedKey = first.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT subject_key FROM privacy_subject_keys WHERE subject_id = ?", byte[].class, erased);
            assertThat(erasedKey).hasSize(32);
            assertThat(first.getBean(MongoTemplate.class).collectionExists("privacy_subject_keys"))
                    .as("no key in the read store").isFalse();
            Api.Response erasure = api.post("admin", "/api/privacy/subjects/" + erased + "/erase",
                    "{\"reason\":\"request 2026-301\"}");
            assertThat(erasure.status()).as(erasure.body()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    "[erased]".equals(api.get("hr", "/api/hr/employees/" + erased).json().path("givenName").asText()));
        }
        assertThat(dataDir.resolve("events.mv.db.rewrite-requested")).exists();
        java.nio.file.Files.delete(dataDir.resolve("readmodels.mv.db"));

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "Aiko".equals(api.get("hr", "/api/hr/employees/" + kept).json().path("givenName").asText())
                            && "[erased]".equals(api.get("hr", "/api/hr/employees/" + erased).json()
                            .path("givenName").asText()));
            Api.Response again = api.post("hr", "/api/hr/employees", Api.hireJson("L-1"));
            assertThat(again.status()).as(again.body()).isEqualTo(409);
            assertThat(again.json().get("code").asText()).isEqualTo("DUPLICATE_EMPLOYEE_NUMBER");
            long last = lastGlobalIndex(second);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                JsonNode head = api.get("compliance", "/api/audit/verify").json().path("headPosition");
                return head.isNumber() && head.asLong() >= last;
            });
            JsonNode verified = api.get("compliance", "/api/audit/verify").json();
            assertThat(verified.get("verified").asBoolean()).as(verified.toString()).isTrue();
            assertThat(dataDir.resolve("events.mv.db.rewrite-requested")).doesNotExist();
            byte[] file = java.nio.file.Files.readAllBytes(dataDir.resolve("events.mv.db"));
            assertThat(RawHttp.indexOf(file, erasedKey)).as("the destroyed key is nowhere in the event database's file")
                    .isEqualTo(-1);
        }
    }
}
