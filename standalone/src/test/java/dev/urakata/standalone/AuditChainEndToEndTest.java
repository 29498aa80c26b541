package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event store is tamper-evident: a hash chain over every event, verified against the store itself and against
 * signed checkpoints, catches a row rewritten behind the application's back; the trail exports as CSV and JSONL.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditChainEndToEndTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("urakata-chain-").toString();
        registry.add("urakata.data-dir", () -> dir);
        // No daily checkpoint: the test counts the ones it makes (AuditReplayTamperingEndToEndTest covers them).
        registry.add("urakata.audit.checkpoint-cron", () -> "-");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokens;

    @Test
    void theChainIsBuiltInStrictGlobalOrder() {
        assertThat(processing.sequencingPolicy("audit-hash-chain")).isInstanceOf(SequentialPolicy.class);
        assertThat(processing.eventProcessor("audit-hash-chain", PooledStreamingEventProcessor.class)).isPresent();
        await().atMost(Duration.ofSeconds(30)).until(() -> tokens.fetchSegments("audit-hash-chain").length > 0);
        assertThat(tokens.fetchSegments("audit-hash-chain")).containsExactly(0);
    }

    @Test
    void aRewrittenEventBreaksTheChainAtItsPosition() {
        Api api = new Api(port);
        String victim = null;
        List<String> accounts = new ArrayList<>();
        for (String number : new String[] {"CHAIN-1", "CHAIN-2", "CHAIN-3"}) {
            Api.Response hired = api.post("hr", "/api/hr/employees", Api.hireJson(number));
            assertThat(hired.status()).as(hired.body()).isEqualTo(201);
            accounts.add("leave-" + hired.json().get("employeeId").asText());
            if (victim == null) {
                victim = hired.json().get("employeeId").asText();
            }
        }
        // Each hire opens a leave account a moment later (a policy): let those land before taking the head.
        await().atMost(Duration.ofSeconds(30)).until(() -> accounts.stream().allMatch(account -> eventStore
                .queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                        account) > 0));
        long lastPosition = eventStore.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode head = api.get("compliance", "/api/audit/verify").json().path("headPosition");
            return head.isNumber() && head.asLong() >= lastPosition;
        });

        JsonNode intact = api.get("compliance", "/api/audit/verify").json();
        assertThat(intact.get("verified").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(intact.path("firstBreak").isObject()).isFalse();
        assertThat(intact.get("headHash").asText()).matches("[0-9a-f]{64}");

        Api.Response created = api.post("admin", "/api/audit/checkpoints", "{}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode checkpoint = created.json();
        assertThat(checkpoint.get("position").asLong()).isEqualTo(intact.get("headPosition").asLong());
        assertThat(checkpoint.get("hash").asText()).isEqualTo(intact.get("headHash").asText());
        assertThat(checkpoint.get("signature").asText()).isNotBlank();
        assertThat(checkpoint.get("publicKey").asText()).isNotBlank();
        JsonNode listed = api.get("compliance", "/api/audit/checkpoints").json();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("signature").asText())
                .isEqualTo(checkpoint.get("signature").asText());
        JsonNode checkedWithCheckpoint = api.get("compliance", "/api/audit/verify").json();
        assertThat(checkedWithCheckpoint.get("verified").asBoolean()).isTrue();
        assertThat(checkedWithCheckpoint.get("checkpointsChecked").asInt()).isEqualTo(1);

        // Someone with database access gives the first employee a better salary, bypassing every command.
        Map<String, Object> row = eventStore.queryForMap("SELECT globalindex, payload FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 0", victim);
        long tampered = ((Number) row.get("globalindex")).longValue();
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        assertThat(payload).contains("350000");
        eventStore.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?",
                payload.replace("350000", "990000").getBytes(StandardCharsets.UTF_8), tampered);

        JsonNode broken = api.get("compliance", "/api/audit/verify").json();
        assertThat(broken.get("verified").asBoolean()).as(broken.toString()).isFalse();
        assertThat(broken.get("firstBreak").get("position").asLong()).isEqualTo(tampered);
        assertThat(broken.get("firstBreak").get("expectedHash").asText())
                .isNotEqualTo(broken.get("firstBreak").get("storedHash").asText());
        assertThat(broken.get("checkpointMismatches")).hasSize(1);
    }

    @Test
    void theTrailExportsAsCsvAndJsonLines() throws Exception {
        Api api = new Api(port);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (String number : new String[] {"EXPORT-1", "EXPORT-2"}) {
            assertThat(api.post("hr", "/api/hr/employees", Api.hireJson(number)).status()).isEqualTo(201);
        }
        String filter = "type=EmployeeHiredEvent&from=" + start;
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("compliance", "/api/audit/events?" + filter).json().path("total").asLong() == 2);
        long total = 2;

        Api.Response csv = api.get("compliance", "/api/audit/events/export?format=csv&" + filter);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("eventId,eventType,aggregateType,aggregateId,sequence,globalPosition,"
                + "timestamp,user,correlationId,causationId,payload,hash,previousHash");
        assertThat(lines).hasSize((int) total + 1);
        assertThat(lines[1]).contains(",EmployeeHiredEvent,Employee,").contains(",hr,").contains("\"{\"\"");

        Api.Response jsonl = api.get("admin", "/api/audit/events/export?format=jsonl&" + filter);
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        String[] entries = jsonl.body().split("\n");
        // the rows, then the signed trailer (AuditExportVerificationEndToEndTest verifies it)
        assertThat(entries).hasSize((int) total + 1);
        assertThat(entries[0]).contains("\"eventType\":\"EmployeeHiredEvent\"");
        assertThat(entries[(int) total]).startsWith("{\"trailer\":{").contains("\"rows\":" + total);

        HttpRequest request = api.request("compliance", "/api/audit/events/export?format=csv").GET().build();
        HttpResponse<Void> headers = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
        assertThat(headers.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).startsWith("attachment").contains("audit-events.csv"));
        // A filtered export is named after its filters; the Excel variant starts with a byte-order mark.
        HttpResponse<String> excel = HttpClient.newHttpClient().send(api.request("compliance",
                "/api/audit/events/export?excel=true&user=hr&" + filter).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(excel.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .contains("audit-events_type-EmployeeHiredEvent_user-hr_from-" + start.toString().replace(':', '-')
                        + ".csv"));
        assertThat(excel.body()).startsWith("\uFEFFeventId,eventType,");
        assertThat(excel.body().split("\r\n")).hasSize((int) total + 1);

        Api.Response badFormat = api.get("compliance", "/api/audit/events/export?format=xlsx");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().get("code").asText()).isEqualTo("INVALID_INPUT");
        Api.Response badWindow = api.get("compliance",
                "/api/audit/events/export?from=2026-05-01T00:00:00Z&to=2026-04-01T00:00:00Z");
        assertThat(badWindow.status()).isEqualTo(400);
    }

    @Test
    void onlyAdminAndComplianceSeeTheIntegrityEvidence() {
        Api api = new Api(port);
        assertThat(api.get("analyst", "/api/audit/verify").status()).isEqualTo(403);
        assertThat(api.get("analyst", "/api/audit/checkpoints").status()).isEqualTo(403);
        assertThat(api.get("analyst", "/api/audit/events/export?format=csv").status()).isEqualTo(403);
        assertThat(api.post("analyst", "/api/audit/checkpoints", "{}").status()).isEqualTo(403);
        assertThat(api.post("compliance", "/api/audit/checkpoints", "{}").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/audit/verify").status()).isEqualTo(401);
    }
}
