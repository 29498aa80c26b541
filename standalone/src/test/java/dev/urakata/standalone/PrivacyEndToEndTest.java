package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding end to end: a person's names, e-mail and review texts are stored encrypted; after an ADMIN
 * erases the person they read as "[erased]" in the directory (now and as of any earlier day), the audit trail,
 * the aggregate timeline and the export, while amounts, dates and ids stay and the hash chain still verifies.
 */
class PrivacyEndToEndTest extends EmbeddedStackTest {

    private static final String ERASED = "[erased]";

    @Test
    void anErasedPersonStaysErasedEverywhereAndTheHistoryStillVerifies() {
        String id = hirePerson("PRIV-1", "Keiko", "Shredda", "keiko.shredda@example.com");
        Api.Response reviewed = api().post("hr", "/api/hr/employees/" + id + "/performance-reviews", """
                {"reviewDate":"2026-06-30","rating":4,"reviewer":"M. Sato","summary":"Keiko mentors the team well"}""");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        Api.Response raised = api().post("admin", "/api/hr/employees/" + id + "/salary-changes", """
                {"monthlySalary":{"amount":"360000","currency":"JPY"},"effectiveDate":"2026-07-01",
                 "reason":"Keiko took over from Sato-san"}""");
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        Api.Response moved = api().post("hr", "/api/hr/employees/" + id + "/position-changes", """
                {"department":"Operations","position":"Mentor","effectiveDate":"2026-08-01",
                 "reason":"Keiko asked to mentor"}""");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        String bystander = hirePerson("PRIV-2", "Goro", "Bystander", "goro@example.com");

        // Before: the store itself holds no name; every view shows it.
        List<byte[]> storedBefore = storedPayloads(id);
        assertThat(storedBefore).hasSize(4);
        storedBefore.forEach(payload -> assertThat(new String(payload, StandardCharsets.UTF_8))
                .doesNotContain("Keiko", "Shredda", "keiko.shredda", "mentors", "Sato-san", "asked to mentor")
                .contains("pd1:"));
        await().atMost(Duration.ofSeconds(20)).until(() -> awaitEmployee(id, "hr").get("reviews").size() == 1
                && awaitEmployee(id, "hr").get("salaryHistory").size() == 2
                && awaitEmployee(id, "hr").get("positionHistory").size() == 2);
        Instant beforeErasure = Instant.now();
        JsonNode before = awaitEmployee(id, "hr");
        assertThat(before.get("givenName").asText()).isEqualTo("Keiko");
        assertThat(before.get("reviews").get(0).get("summary").asText()).isEqualTo("Keiko mentors the team well");
        assertThat(auditOf(id, 4).toString()).contains("Shredda", "keiko.shredda@example.com", "mentors", "Sato-san");
        assertThat(before.get("salaryHistory").get(1).get("reason").asText())
                .isEqualTo("Keiko took over from Sato-san");
        assertThat(before.get("positionHistory").get(1).get("reason").asText()).isEqualTo("Keiko asked to mentor");
        assertThat(timeline(id)).contains("Shredda");
        assertThat(export(id)).contains("Shredda");

        // Only ADMIN erases, with a reason; nothing is appended otherwise.
        long events = storedEvents();
        assertThat(api().post("hr", erase(id), "{\"reason\":\"request 2026-117\"}").status()).isEqualTo(403);
        assertThat(api().post("compliance", erase(id), "{\"reason\":\"request 2026-117\"}").status()).isEqualTo(403);
        assertThat(api().post("admin", erase(id), "{\"reason\":\" \"}").status()).isEqualTo(400);
        Api.Response unknown = api().post("admin", erase("nobody-at-all"), "{\"reason\":\"request\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("DATA_SUBJECT_UNKNOWN");
        assertThat(storedEvents()).isEqualTo(events);

        Api.Response erased = api().post("admin", erase(id), "{\"reason\":\"request 2026-117\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("subjectId").asText()).isEqualTo(id);
        Api.Response again = api().post("admin", erase(id), "{\"reason\":\"request 2026-117\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("ALREADY_ERASED");
        assertThat(storedEvents()).isEqualTo(events + 1);

        // After: the stored bytes are exactly what they were ...
        assertThat(storedPayloads(id)).usingRecursiveComparison().isEqualTo(storedBefore);
        // ... and every view shows the placeholder where personal data was, and everything else as before.
        await().atMost(Duration.ofSeconds(20)).until(() ->
                ERASED.equals(awaitEmployee(id, "hr").get("givenName").asText()));
        JsonNode after = awaitEmployee(id, "hr");
        assertThat(after.get("familyName").asText()).isEqualTo(ERASED);
        assertThat(after.get("email").asText()).isEqualTo(ERASED);
        assertThat(after.get("reviews").get(0).get("summary").asText()).isEqualTo(ERASED);
        assertThat(after.get("reviews").get(0).get("rating").asInt()).isEqualTo(4);
        assertThat(after.get("employeeNumber").asText()).isEqualTo("PRIV-1");
        assertThat(after.get("currentSalary").get("amount").asText()).isEqualTo("360000");
        assertThat(after.get("salaryHistory").get(1).get("reason").asText()).isEqualTo(ERASED);
        assertThat(after.get("salaryHistory").get(0).get("reason").asText()).isEqualTo("hire");
        assertThat(after.get("positionHistory").get(1).get("reason").asText()).isEqualTo(ERASED);
        assertThat(after.get("positionHistory").get(1).get("position").asText()).isEqualTo("Mentor");
        assertThat(after.get("hireDate").asText()).isEqualTo("2026-04-01");
        JsonNode then = api().get("hr", "/api/hr/employees/" + id + "?asOf=" + beforeErasure).json();
        assertThat(then.get("givenName").asText()).isEqualTo(ERASED);
        assertThat(then.get("reviews").get(0).get("summary").asText()).isEqualTo(ERASED);

        await().atMost(Duration.ofSeconds(20)).until(() -> !auditOf(id, 4).toString().contains("Shredda"));
        String trail = auditOf(id, 4).toString();
        assertThat(trail).doesNotContain("Keiko", "keiko.shredda", "mentors", "Sato-san")
                .contains(ERASED, "350000", "PRIV-1");
        assertThat(timeline(id)).doesNotContain("Keiko", "Shredda", "mentors", "Sato-san").contains(ERASED, "350000");
        assertThat(export(id)).doesNotContain("Keiko", "Shredda", "mentors", "Sato-san").contains(ERASED);

        // The erasure is itself in the audit trail, with who did it and why.
        JsonNode erasure = api().get("compliance", "/api/audit/events?type=PersonalDataErasedEvent&aggregateId=erasure-"
                + id).json();
        assertThat(erasure.get("total").asInt()).isEqualTo(1);
        assertThat(erasure.get("items").get(0).get("user").asText()).isEqualTo("admin");
        assertThat(erasure.get("items").get(0).get("payload").get("reason").asText()).isEqualTo("request 2026-117");

        // Somebody else is untouched.
        assertThat(awaitEmployee(bystander, "hr").get("givenName").asText()).isEqualTo("Goro");

        // The person's whole trail, across aggregates, ends with the erasure; nobody else's events are in it.
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance", "/api/privacy/subjects/" + id
                + "/trail").json().path("items").findValuesAsText("eventType").contains("PersonalDataErasedEvent"));
        JsonNode subjectTrail = api().get("compliance", "/api/privacy/subjects/" + id + "/trail").json();
        List<String> types = subjectTrail.path("items").findValuesAsText("eventType");
        assertThat(types).startsWith("EmployeeHiredEvent").endsWith("PersonalDataErasedEvent")
                .contains("PerformanceReviewRecordedEvent", "EmployeeSalaryChangedEvent");
        assertThat(subjectTrail.path("items").findValuesAsText("aggregateId")).contains(id, "erasure-" + id)
                .doesNotContain(bystander);
        assertThat(subjectTrail.toString()).doesNotContain("Keiko", "Shredda");
        assertThat(api().get("compliance", "/api/privacy/subjects/" + id + "/trail?type=personaldataerasedevent")
                .json().path("total").asInt()).isEqualTo(1);
        // ... and the same entries as a file, named after the person
        Api.Response file = api().get("compliance", "/api/audit/events/export?format=csv&subject=" + id);
        assertThat(file.body()).contains("PersonalDataErasedEvent", "EmployeeHiredEvent").doesNotContain(bystander);
        assertThat(file.body().lines().count() - 1).isEqualTo(types.size());
        BadInputEndToEndTest.assertProblem(api().get("hr", "/api/privacy/subjects/" + id + "/trail"), 403,
                "FORBIDDEN");
        BadInputEndToEndTest.assertProblem(api().get("compliance", "/api/privacy/subjects/" + id
                + "/trail?from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z"), 400, "INVALID_INPUT");
        BadInputEndToEndTest.assertProblem(api().get("compliance", "/api/privacy/subjects/no%20such/trail"), 400,
                "INVALID_INPUT");

        // The hash chain covers the stored bytes, so it verifies after the erasure, up to and including it.
        long erasurePosition = eventStore.queryForObject("SELECT MAX(globalindex) FROM domainevententry "
                + "WHERE aggregateidentifier = ?", Long.class, "erasure-" + id);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode head = api().get("compliance", "/api/audit/verify").json().path("headPosition");
            return head.isNumber() && head.asLong() >= erasurePosition;
        });
        JsonNode verified = api().get("compliance", "/api/audit/verify").json();
        assertThat(verified.get("verified").asBoolean()).as(verified.toString()).isTrue();
    }

    /**
     * A support ticket opened for a person is about them: its subject, description and comments are stored encrypted
     * under their key and read as "[erased]" after their erasure, in the ticket view and in the stored events.
     */
    @Test
    void aTicketAboutAPersonIsErasedWithThem() {
        String id = hirePerson("PRIV-3", "Rina", "Ticketta", "rina@example.com");
        Api.Response opened = api().post("it", "/api/it/tickets", """
                {"requester":"PRIV-3","subject":"Rina's VPN","description":"Rina cannot reach the VPN",
                 "category":"NETWORK","priority":"P3"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String ticket = opened.json().get("ticketId").asText();
        assertThat(api().post("it", "/api/it/tickets/" + ticket + "/comments",
                "{\"text\":\"Called Rina, token reset\"}").status()).isEqualTo(200);
        storedPayloads(ticket).forEach(payload -> assertThat(new String(payload, StandardCharsets.UTF_8))
                .doesNotContain("Rina").contains("pd1:"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("it", "/api/it/tickets/" + ticket).json().path("comments").size() == 1);

        assertThat(api().post("admin", erase(id), "{\"reason\":\"request 2026-118\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> ERASED.equals(
                api().get("it", "/api/it/tickets/" + ticket).json().path("description").asText()));
        JsonNode erased = api().get("it", "/api/it/tickets/" + ticket).json();
        assertThat(erased.toString()).doesNotContain("Rina");
        assertThat(erased.get("comments").get(0).get("text").asText()).isEqualTo(ERASED);
        assertThat(erased.get("ticket").get("requester").asText()).isEqualTo("PRIV-3");
    }

    private String hirePerson(String number, String givenName, String familyName, String email) {
        String body = Api.hireJson(number).replace("\"Aiko\"", "\"" + givenName + "\"")
                .replace("\"Tanaka\"", "\"" + familyName + "\"")
                .replace("\"aiko.tanaka@example.com\"", "\"" + email + "\"");
        Api.Response created = api().post("hr", "/api/hr/employees", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("employeeId").asText();
    }

    private List<byte[]> storedPayloads(String id) {
        return eventStore.queryForList("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", byte[].class, id);
    }

    private static String erase(String id) {
        return "/api/privacy/subjects/" + id + "/erase";
    }

    private String timeline(String id) {
        Api.Response timeline = api().get("compliance", "/api/audit/aggregates/Employee/" + id + "/timeline");
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        return timeline.body();
    }

    private String export(String id) {
        Api.Response csv = api().get("compliance", "/api/audit/events/export?format=csv&aggregateId=" + id);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        return csv.body();
    }
}
