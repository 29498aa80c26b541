package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.urakata.config.refusals.RefusalLog;
import dev.urakata.config.refusals.RefusalLogConfiguration;
import dev.urakata.config.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refused attempts leave a trace an auditor can see: a self-approval refused with {@code FOUR_EYES_REQUIRED}, a 403, a
 * burst of wrong passwords (up to the rate limit, with the count of those left out) are in
 * {@code GET /api/audit/refusals}; the log is closed to HR, which is itself recorded; and a row changed or removed
 * behind the application's back is found by {@code GET /api/audit/verify}.
 *
 * <p>A stack of its own: the rate limit counts every refusal from 127.0.0.1, and the other end-to-end tests refuse
 * hundreds. The log's clock is a test clock that each test moves two minutes on first, so each starts with a fresh
 * minute of its own and the counts do not depend on how fast this machine is.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RefusalLogEndToEndTest.RefusalClock.class)
class RefusalLogEndToEndTest {

    static final int LIMIT = 10;
    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-05-01T00:00:00Z"));

    @TestConfiguration
    static class RefusalClock {
        @Bean(RefusalLogConfiguration.CLOCK)
        MovableClock refusalLogClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("urakata-refusals-").toString();
        registry.add("urakata.data-dir", () -> dir);
        registry.add("urakata.audit.refusals.per-client-per-minute", () -> Integer.toString(LIMIT));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate eventDatabase;

    @Autowired
    RefusalLog refusalLog;

    Api api() {
        return new Api(port);
    }

    /** A minute of its own for the test's refusals; answers when it starts. */
    private static Instant freshMinute() {
        CLOCK.advance(Duration.ofMinutes(2));
        return CLOCK.instant();
    }

    @Test
    void aRefusedSelfApprovalIsRecordedWithItsCodeRouteCommandUserAndClient() {
        freshMinute();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String warehouse = created(api().post("ops", "/api/inventory/warehouses",
                "{\"code\":\"REF-" + suffix + "\",\"name\":\"Refusals " + suffix + "\"}"), "id");
        String item = created(api().post("ops", "/api/inventory/items", "{\"sku\":\"REF-" + suffix
                + "\",\"name\":\"Bolt\",\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}"), "id");
        String supplier = created(api().post("ops", "/api/purchasing/suppliers",
                "{\"name\":\"Bolts Ltd\",\"contactEmail\":\"sales@bolts.example\",\"currency\":\"EUR\"}"),
                "supplierId");
        String order = created(api().post("ops", "/api/purchasing/orders", "{\"supplierId\":\"" + supplier
                + "\",\"lines\":[{\"itemId\":\"" + item + "\",\"warehouseId\":\"" + warehouse
                + "\",\"quantity\":\"10\",\"unitCost\":{\"amount\":\"2.50\",\"currency\":\"EUR\"}}]}"),
                "purchaseOrderId");
        assertThat(refusals("code=FOUR_EYES_REQUIRED").path("total").asLong()).isZero();

        Api.Response selfApproved = api().send(api().request("ops", "/api/purchasing/orders/" + order + "/approve")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(selfApproved, 422, "FOUR_EYES_REQUIRED");

        JsonNode page = refusals("code=four_eyes_required&user=OPS");
        assertThat(page.path("total").asLong()).as(page.toString()).isEqualTo(1);
        JsonNode row = page.path("items").get(0);
        assertThat(row.path("kind").asText()).isEqualTo("REFUSED");
        assertThat(row.path("status").asInt()).isEqualTo(422);
        assertThat(row.path("code").asText()).isEqualTo("FOUR_EYES_REQUIRED");
        assertThat(row.path("user").asText()).isEqualTo("ops");
        assertThat(row.path("method").asText()).isEqualTo("POST");
        assertThat(row.path("route").asText()).isEqualTo("/api/purchasing/orders/{purchaseOrderId}/approve");
        assertThat(row.path("commandType").asText()).isEqualTo("ApprovePurchaseOrderCommand");
        assertThat(row.path("target").asText()).isEqualTo("purchaseOrderId=" + order);
        assertThat(row.path("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(row.path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(row.toString()).as("no problem detail, no body").doesNotContain("drafted", "Bolts");
        assertThat(refusals("route=" + encode("/api/purchasing/orders/{purchaseOrderId}/approve")).path("total")
                .asLong()).isEqualTo(1);
        assertThat(refusals("code=FOUR_EYES_REQUIRED&kind=FORBIDDEN").path("total").asLong()).isZero();
    }

    @Test
    void aForbiddenRequestIsRecordedWhetherItWouldHaveReadOrWritten() {
        Instant start = freshMinute();
        assertProblem(api().get("staff1", "/api/hr/employees"), 403, "FORBIDDEN");
        assertProblem(api().post("staff1", "/api/hr/employees", Api.hireJson("REF-NEVER")), 403, "FORBIDDEN");

        JsonNode page = refusals("user=staff1&kind=FORBIDDEN&from=" + start);
        assertThat(page.path("total").asLong()).as(page.toString()).isEqualTo(2);
        JsonNode write = page.path("items").get(0);
        JsonNode read = page.path("items").get(1);
        assertThat(write.path("sequence").asLong()).as("newest first").isGreaterThan(read.path("sequence").asLong());
        assertThat(write.path("method").asText()).isEqualTo("POST");
        assertThat(read.path("method").asText()).isEqualTo("GET");
        for (JsonNode row : List.of(write, read)) {
            assertThat(row.path("status").asInt()).isEqualTo(403);
            assertThat(row.path("code").asText()).isEqualTo("FORBIDDEN");
            assertThat(row.path("route").asText()).isEqualTo("/api/hr/employees");
            assertThat(row.path("reason").asText()).isEqualTo("the caller's roles do not allow this");
        }
        assertThat(write.toString()).as("the refused body is not kept").doesNotContain("Tanaka", "REF-NEVER");
    }

    @Test
    void aBurstOfWrongPasswordsIsRecordedUpToTheLimitAndTheRestIsCounted() {
        Instant burst = freshMinute();
        int tries = LIMIT + 5;
        for (int i = 0; i < tries; i++) {
            assertProblem(wrongPassword("hr"), 401, "UNAUTHENTICATED");
        }
        String inTheBurst = "&from=" + burst + "&to=" + burst.plus(Duration.ofMinutes(1));
        JsonNode recorded = refusals("kind=SIGN_IN_FAILED" + inTheBurst + "&size=50");
        assertThat(recorded.path("total").asLong()).as(recorded.toString()).isEqualTo(LIMIT);
        recorded.path("items").forEach(row -> {
            assertThat(row.path("user").asText()).as("an account that exists is named").isEqualTo("hr");
            assertThat(row.path("status").asInt()).isEqualTo(401);
            assertThat(row.path("code").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(row.path("route").asText()).isEqualTo("/api/hr/employees");
            assertThat(row.path("reason").asText()).isEqualTo("wrong account name or password");
        });
        // no credentials at all: nobody tried anything
        assertProblem(api().get(null, "/api/hr/employees"), 401, "UNAUTHENTICATED");
        assertThat(refusals("kind=SIGN_IN_FAILED" + inTheBurst).path("total").asLong()).isEqualTo(LIMIT);

        // The minute passes: the count of those left out is written, on the client's next row or a row of its own.
        Instant after = burst.plus(Duration.ofMinutes(1));
        CLOCK.advance(Duration.ofMinutes(1));
        assertProblem(wrongPassword("no-such-account"), 401, "UNAUTHENTICATED");
        refusalLog.writeEndedWindows();
        JsonNode later = refusals("from=" + after + "&size=50");
        long counted = 0;
        boolean unknownAccount = false;
        for (JsonNode row : later.path("items")) {
            counted += row.path("suppressed").asLong();
            if (row.path("kind").asText().equals("SIGN_IN_FAILED")) {
                unknownAccount = true;
                assertThat(row.path("user").isMissingNode() || row.path("user").isNull())
                        .as("a name that is no account is not kept: it may be a password").isTrue();
            }
        }
        assertThat(counted).as(later.toString()).isEqualTo(tries - LIMIT);
        assertThat(unknownAccount).isTrue();
    }

    @Test
    void theLogIsClosedToHrAndTheAttemptIsItselfRecorded() {
        Instant start = freshMinute();
        assertProblem(api().get("hr", "/api/audit/refusals"), 403, "FORBIDDEN");
        JsonNode page = refusals("user=hr&kind=FORBIDDEN&from=" + start);
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("route").asText()).isEqualTo("/api/audit/refusals");
        assertThat(api().get("admin", "/api/audit/refusals?size=1").status()).isEqualTo(200);

        assertProblem(api().get("compliance", "/api/audit/refusals?eventType=X"), 400, "INVALID_INPUT");
        assertProblem(api().get("compliance", "/api/audit/refusals?from=2026-05-02&to=2026-05-01"), 400,
                "INVALID_INPUT");
        assertProblem(api().get("compliance", "/api/audit/refusals?from=yesterday"), 400, "INVALID_INPUT");
        assertProblem(api().get("compliance", "/api/audit/refusals?kind=NOT_A_KIND"), 400, "INVALID_INPUT");
        // a plain date as to takes in its whole day
        String day = start.toString().substring(0, 10);
        assertThat(refusals("user=hr&kind=FORBIDDEN&from=" + day + "&to=" + day).path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void aRowChangedOrRemovedBehindTheApplicationsBackIsFoundByVerify() {
        freshMinute();
        for (int i = 0; i < 3; i++) {
            assertProblem(api().get("analyst", "/api/audit/events"), 403, "FORBIDDEN");
        }
        JsonNode intact = api().get("compliance", "/api/audit/verify").json();
        JsonNode section = intact.path("refusalLog");
        assertThat(section.path("intact").asBoolean()).as(intact.toString()).isTrue();
        long rows = section.path("rowsChecked").asLong();
        assertThat(rows).isGreaterThanOrEqualTo(3);
        assertThat(section.path("headSequence").asLong()).isEqualTo(rows);
        assertThat(section.path("headHash").asText()).matches("[0-9a-f]{64}");
        assertThat(section.path("firstBrokenSequence").isMissingNode() || section.path("firstBrokenSequence").isNull())
                .isTrue();

        // Someone with database access turns a refusal into something harmless-looking.
        long victim = rows - 1;
        String code = eventDatabase.queryForObject("SELECT code FROM " + RefusalLog.TABLE + " WHERE seq = ?",
                String.class, victim);
        eventDatabase.update("UPDATE " + RefusalLog.TABLE + " SET code = 'NO_CHANGE' WHERE seq = ?", victim);
        JsonNode changed = api().get("compliance", "/api/audit/verify").json();
        assertThat(changed.path("verified").asBoolean()).as(changed.toString()).isFalse();
        assertThat(changed.path("refusalLog").path("intact").asBoolean()).isFalse();
        assertThat(changed.path("refusalLog").path("firstBrokenSequence").asLong()).isEqualTo(victim);
        assertThat(changed.path("refusalLog").path("problem").asText()).contains("hash does not match");

        // Put back, it holds again; then a row in the middle is deleted instead.
        eventDatabase.update("UPDATE " + RefusalLog.TABLE + " SET code = ? WHERE seq = ?", code, victim);
        assertThat(api().get("compliance", "/api/audit/verify").json().path("refusalLog").path("intact").asBoolean())
                .isTrue();
        eventDatabase.update("DELETE FROM " + RefusalLog.TABLE + " WHERE seq = ?", victim);
        JsonNode removed = api().get("compliance", "/api/audit/verify").json();
        assertThat(removed.path("verified").asBoolean()).isFalse();
        assertThat(removed.path("refusalLog").path("firstBrokenSequence").asLong()).isEqualTo(victim);
        assertThat(removed.path("refusalLog").path("problem").asText()).isEqualTo("row " + victim + " is missing");
    }

    private JsonNode refusals(String query) {
        Api.Response response = api().get("compliance", "/api/audit/refusals?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Api.Response wrongPassword(String account) {
        String credentials = Base64.getEncoder().encodeToString((account + ":not-the-password")
                .getBytes(StandardCharsets.UTF_8));
        return api().send(api().request(null, "/api/hr/employees").header("Authorization", "Basic " + credentials)
                .GET().build());
    }

    private static String created(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get(field).asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
