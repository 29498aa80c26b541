package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Someone with database access alters a stored event and then has the audit hash chain rebuilt, so that the
 * chain agrees with the altered events. The checkpoint signed automatically before the replay still holds the old
 * head, and {@code verify} names it as contradicted. Daily checkpoints are made only when the chain has grown.
 *
 * <p>On its own data directory: it alters the event store, and counts checkpoints.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditReplayTamperingEndToEndTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("urakata-replay-tampering-").toString();
        registry.add("urakata.data-dir", () -> dir);
        // "Daily" every second, to watch it sign once after growth and then wait for more.
        registry.add("urakata.audit.checkpoint-cron", () -> "* * * * * *");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate eventStore;

    @Test
    void aReplayOverAlteredEventsIsContradictedByTheCheckpointSignedBeforeIt() {
        Api api = new Api(port);
        String victim = null;
        for (String number : new String[] {"REPLAY-1", "REPLAY-2"}) {
            Api.Response hired = api.post("hr", "/api/hr/employees", Api.hireJson(number));
            assertThat(hired.status()).as(hired.body()).isEqualTo(201);
            victim = victim == null ? hired.json().get("employeeId").asText() : victim;
        }
        // The hires set policies in motion (a leave account each): let the store settle first.
        long[] settled = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            long now = awaitChainHead(api);
            boolean quiet = now == settled[0];
            settled[0] = now;
            return quiet;
        });

        // The daily checkpoint signs the grown chain once; while nothing happens, it signs nothing more.
        await().atMost(Duration.ofSeconds(30)).until(() -> signedHead(api) == settled[0]);
        int before = checkpoints(api).path("total").asInt();
        ChildApplication.sleep(2_500);
        assertThat(checkpoints(api).path("total").asInt()).as("checkpoints of an unchanged chain").isEqualTo(before);
        assertThat(checkpoints(api).get("items").findValuesAsText("createdBy")).containsOnly("system, daily");

        // A better salary for the first employee, written into the event store behind every command.
        Map<String, Object> row = eventStore.queryForMap("SELECT globalindex, payload FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 0", victim);
        long tampered = ((Number) row.get("globalindex")).longValue();
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        eventStore.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?",
                payload.replace("350000", "990000").getBytes(StandardCharsets.UTF_8), tampered);
        assertThat(api.get("compliance", "/api/audit/verify").json().get("verified").asBoolean()).isFalse();

        // ...and the chain replayed over the altered events, so that it agrees with them.
        Api.Response reset = api.post("admin", "/api/operations/processors/audit-hash-chain/reset", "");
        assertThat(reset.status()).as(reset.body()).isEqualTo(202);
        JsonNode signed = null;
        for (JsonNode checkpoint : checkpoints(api).get("items")) {
            if ("system, before admin replayed audit-hash-chain".equals(checkpoint.get("createdBy").asText())) {
                signed = checkpoint;
            }
        }
        assertThat(signed).as("the checkpoint signed before the replay").isNotNull();
        assertThat(signed.get("position").asLong()).isEqualTo(settled[0]);
        awaitChainHead(api);

        JsonNode verification = api.get("compliance", "/api/audit/verify").json();
        assertThat(verification.path("firstBreak").isObject()).as("the replayed chain agrees with the store")
                .isFalse();
        assertThat(verification.get("verified").asBoolean()).as(verification.toString()).isFalse();
        assertThat(verification.get("checkpointMismatches").findValuesAsText("checkpointId"))
                .contains(signed.get("id").asText());
    }

    /** Waits until the chain has taken in every stored event; returns the store's head position. */
    private long awaitChainHead(Api api) {
        long last = eventStore.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode head = api.get("compliance", "/api/audit/verify").json().path("headPosition");
            return head.isNumber() && head.asLong() >= last;
        });
        return last;
    }

    /** The position the latest checkpoint signed, -1 without any. */
    private static long signedHead(Api api) {
        long latest = -1;
        for (JsonNode checkpoint : checkpoints(api).get("items")) {
            latest = Math.max(latest, checkpoint.get("position").asLong());
        }
        return latest;
    }

    private static JsonNode checkpoints(Api api) {
        return api.get("compliance", "/api/audit/checkpoints?size=50").json();
    }
}
