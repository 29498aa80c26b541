package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An audit export checks on its own: the JSON lines downloaded over HTTP verify offline with
 * docs/audit/VerifyExport.java against a signed checkpoint, and stop verifying once one byte of a payload value, a
 * timestamp or a hash is changed. Filtered exports verify their rows; a zone adds local times; CSV carries the
 * hashes.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditExportVerificationEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("urakata-export-").toString();
        registry.add("urakata.data-dir", () -> dir);
        // No daily checkpoint: the test signs the head itself, once everything is linked.
        registry.add("urakata.audit.checkpoint-cron", () -> "-");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate eventStore;

    @TempDir
    Path dir;

    @Test
    void anExportVerifiesOfflineAndFailsAfterOneChangedByte() throws Exception {
        Api api = new Api(port);
        String employee = hire(api, "VERIFY-1");
        hire(api, "VERIFY-2");
        awaitEverythingLinked(api);

        Api.Response created = api.post("admin", "/api/audit/checkpoints", "{}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long checkpointPosition = created.json().get("position").asLong();
        Path checkpoint = dir.resolve("checkpoint.json");
        Files.writeString(checkpoint, created.body());

        Api.Response export = api.get("compliance", "/api/audit/events/export?format=jsonl");
        assertThat(export.status()).isEqualTo(200);
        Path file = dir.resolve("audit-events.jsonl");
        Files.writeString(file, export.body());

        Verification intact = verify(file, checkpoint);
        assertThat(intact.exit()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("ok   links: all ",
                "ok   readable fields of every row agree with the stored payload and metadata (",
                "encrypted values not comparable)",
                "ok   continuity: every previousHash is the hash of the row before it",
                "ok   checkpoint: signature verifies; the export's hash at position " + checkpointPosition
                        + " is the signed one",
                "ok   checkpoint: the trailer is signed with the checkpoint's key", "VERIFIED");

        // The employee's hire: its personal data reads decrypted, and the stored payload beside it is ciphertext.
        String line = export.body().lines().filter(row -> row.contains("\"employeeNumber\":\"VERIFY-1\""))
                .findFirst().orElseThrow();
        JsonNode hire = JSON.readTree(line);
        assertThat(hire.get("payload").get("givenName").asText()).isEqualTo("Aiko");
        assertThat(new String(java.util.Base64.getDecoder().decode(hire.get("storedPayload").asText()),
                StandardCharsets.UTF_8)).contains("pd1:").doesNotContain("Aiko");
        String where = "row " + rowNumber(export.body(), line) + " (position " + hire.get("globalPosition") + ")";

        Verification payload = verify(changed(file, line, "\"employeeNumber\":\"VERIFY-1\"",
                "\"employeeNumber\":\"VERIFY-7\""), checkpoint);
        assertThat(payload.exit()).isEqualTo(1);
        assertThat(payload.output()).contains("FAIL " + where
                + ": payload.employeeNumber reads VERIFY-7 but the store holds VERIFY-1");

        String timestamp = "\"timestamp\":\"" + hire.get("timestamp").asText();
        Verification time = verify(changed(file, line, timestamp, timestamp.replaceFirst("\"2", "\"1")),
                checkpoint);
        assertThat(time.exit()).isEqualTo(1);
        assertThat(time.output()).contains("FAIL trailer: the SHA-256 of the rows is ").doesNotContain("FAIL row");

        String hash = hire.get("hash").asText();
        String flipped = (hash.charAt(0) == 'a' ? "b" : "a") + hash.substring(1);
        Verification link = verify(changed(file, line, "\"hash\":\"" + hash, "\"hash\":\"" + flipped), checkpoint);
        assertThat(link.exit()).isEqualTo(1);
        assertThat(link.output()).contains("FAIL " + where + ": the link recomputed from the stored bytes is "
                + hash + ", the row's hash is " + flipped);

        // One employee's events: each link recomputes, but consecutive rows are not consecutive links.
        Api.Response filtered = api.get("compliance", "/api/audit/events/export?format=jsonl&aggregateId="
                + employee);
        assertThat(filtered.status()).isEqualTo(200);
        Path filteredFile = dir.resolve("filtered.jsonl");
        Files.writeString(filteredFile, filtered.body());
        Verification rows = verify(filteredFile, checkpoint);
        assertThat(rows.exit()).as(rows.output()).isZero();
        assertThat(rows.output()).contains("ok   links: all ",
                "note continuity: not checkable, the export is filtered {aggregateId=" + employee + "}");
    }

    @Test
    void aZoneAddsLocalTimesAndNamesTheFile() throws Exception {
        Api api = new Api(port);
        String employee = hire(api, "ZONE-1");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("compliance", "/api/audit/events?aggregateId="
                + employee).json().path("total").asLong() >= 1);

        Api.Response tokyo = api.get("compliance", "/api/audit/events/export?format=jsonl&aggregateId=" + employee
                + "&zone=Asia/Tokyo");
        assertThat(tokyo.status()).as(tokyo.body()).isEqualTo(200);
        List<String> lines = tokyo.body().lines().toList();
        JsonNode row = JSON.readTree(lines.get(0));
        OffsetDateTime local = OffsetDateTime.parse(row.get("localTime").asText());
        assertThat(local.getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(row.get("localTime").asText()).endsWith("+09:00");
        assertThat(local.toInstant()).isEqualTo(Instant.parse(row.get("timestamp").asText()));
        assertThat(JSON.readTree(lines.get(lines.size() - 1)).get("trailer").get("zone").asText())
                .isEqualTo("Asia/Tokyo");

        HttpResponse<Void> named = HttpClient.newHttpClient().send(api.request("compliance",
                "/api/audit/events/export?format=jsonl&zone=Asia/Tokyo&aggregateId=" + employee).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(named.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .contains("audit-events_aggregateId-" + employee + "_zone-Asia-Tokyo.jsonl"));

        Api.Response csv = api.get("compliance", "/api/audit/events/export?format=csv&zone=Asia/Tokyo&aggregateId="
                + employee);
        String[] csvLines = csv.body().split("\r\n");
        assertThat(csvLines[0]).isEqualTo("eventId,eventType,aggregateType,aggregateId,sequence,globalPosition,"
                + "timestamp,localTime,user,correlationId,causationId,payload,hash,previousHash");
        assertThat(csvLines[1]).matches(".*,[0-9a-f]{64},[0-9a-f]{64}").contains("+09:00,hr,");

        Api.Response nowhere = api.get("compliance", "/api/audit/events/export?zone=Nowhere/Nothing");
        assertProblem(nowhere, 400, "INVALID_INPUT");
        assertThat(nowhere.json().get("detail").asText()).contains("zone");
    }

    private static String hire(Api api, String number) {
        Api.Response hired = api.post("hr", "/api/hr/employees", Api.hireJson(number));
        assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        return hired.json().get("employeeId").asText();
    }

    /**
     * Waits until the store has been quiet for a moment (a hire sets policies in motion: leave account, onboarding,
     * contract) and the chain and the trail both hold every stored event, so that a full export is all linked.
     */
    private void awaitEverythingLinked(Api api) {
        await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(1)).until(() -> {
            long last = eventStore.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
            long stored = eventStore.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
            JsonNode head = api.get("compliance", "/api/audit/verify").json().path("headPosition");
            long trail = api.get("compliance", "/api/audit/events?size=1").json().path("total").asLong();
            return head.isNumber() && head.asLong() == last && trail == stored;
        });
    }

    private static long rowNumber(String export, String line) {
        return export.lines().takeWhile(row -> !row.equals(line)).count() + 1;
    }

    /** A copy of the export with one byte changed: the first {@code from} within {@code line} becomes {@code to}. */
    private Path changed(Path file, String line, String from, String to) throws IOException {
        assertThat(line).contains(from);
        assertThat(to).hasSameSizeAs(from);
        String text = Files.readString(file);
        String changedLine = line.replaceFirst(java.util.regex.Pattern.quote(from), to);
        Path copy = dir.resolve("changed-" + System.nanoTime() + ".jsonl");
        Files.writeString(copy, text.replace(line, changedLine));
        byte[] before = Files.readAllBytes(file);
        byte[] after = Files.readAllBytes(copy);
        assertThat(after).hasSameSizeAs(before);
        int differing = 0;
        for (int i = 0; i < before.length; i++) {
            differing += before[i] == after[i] ? 0 : 1;
        }
        assertThat(differing).isEqualTo(1);
        return copy;
    }

    record Verification(int exit, String output) {
    }

    /** Runs docs/audit/VerifyExport.java with this JDK's source launcher, as an auditor would. */
    private static Verification verify(Path export, Path checkpoint) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), verifier().toString(), export.toString()));
        if (checkpoint != null) {
            command.add(checkpoint.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Verification(process.exitValue(), output);
    }

    /** docs/audit/VerifyExport.java, found upwards from where the build runs (the module or the repository). */
    private static Path verifier() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("docs").resolve("audit").resolve("VerifyExport.java");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/audit/VerifyExport.java not found above " + Path.of("").toAbsolutePath());
    }
}
