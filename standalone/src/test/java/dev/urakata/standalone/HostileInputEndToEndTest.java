package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.hr.HireEmployeeCommand;
import dev.urakata.shared.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint the API describes, fed a corpus of hostile bodies with an admin's credentials (so roles
 * do not stop them first): each answer is a 4xx problem document with a code, never a 5xx or a stack trace, the
 * event store does not grow, and the service stays healthy.
 */
class HostileInputEndToEndTest extends EmbeddedStackTest {

    @Autowired
    CommandGateway commands;

    static final Set<String> NOT_COMMANDS = Set.of("/api/audit/checkpoints");

    /**
     * Endpoints whose body is entirely optional and which are documented as a no-op when there is nothing to do:
     * revoking every active account of an employee who has none answers 200 and records nothing (the offboarding saga
     * relies on that). An empty JSON object is a valid request there; anything else (unknown fields included) must
     * still be a 4xx, and nothing may be appended either way.
     */
    static final Set<String> NO_OP_WHEN_NOTHING_TO_DO = Set.of("/api/it/employees/no-such-id/accounts/revoke");

    static final List<String> BODIES = List.of(
            "",
            "{",
            "null",
            "[]",
            "\"just a string\"",
            "12345",
            "{}",
            "{\"quantity\": \"NaN\", \"amount\": {\"amount\": \"1e400\", \"currency\": \"JPY\"}}",
            "{\"warehouseId\": \"../../etc/passwd\", \"quantity\": -1}",
            "{\"employeeId\": \"'; DROP TABLE domainevententry; --\", \"kind\": \"BONUS\"}",
            "{\"$where\": \"sleep(1000)\", \"name\": {\"$gt\": \"\"}}",
            "{\"lines\": [" + "{},".repeat(50) + "{}]}",
            "{\"a\":".repeat(2000) + "1" + "}".repeat(2000),
            "{\"name\": \"" + "x".repeat(10_000) + "\"}",
            "{\"effectiveFrom\": \"2026-13-45\", \"period\": \"2026-99\", \"paymentDate\": 20260101}",
            // Strict JSON: a key given twice, a field the request does not have.
            "{\"reason\": \"a\", \"reason\": \"b\"}",
            "{\"noSuchField\": true}",
            // Text no field accepts: a lone surrogate, NUL, a C1 control, a bidi override and an isolate.
            "{\"reason\": \"\\ud800\"}",
            "{\"reason\": \"a\\u0000b\", \"note\": \"a\\u0000b\"}",
            "{\"reason\": \"a\\u0085b\"}",
            "{\"reason\": \"\\u202eexe.txt\", \"name\": \"\\u202e\"}",
            "{\"reason\": \"\\u2066x\\u2069\"}");

    /** Command endpoints of the later contexts, which the corpus must reach like every other one. */
    static final List<String> LATER_ENDPOINTS = List.of("/api/it/assets", "/api/it/tickets",
            "/api/it/security-incidents", "/api/it/employees/no-such-id/accounts/provision", "/api/legal/contracts",
            "/api/legal/cases", "/api/compliance/risks", "/api/compliance/employees/no-such-id/trainings",
            "/api/purchasing/orders/no-such-id/supplier-invoices", "/api/hr/seasonal-hires");

    /** Every POST the OpenAPI document lists, with unknown ids in its path. */
    List<String> commandPaths() {
        JsonNode paths = api().get("admin", "/v3/api-docs").json().get("paths");
        List<String> commandPaths = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            // Signing a checkpoint is not a business command: it takes no body and appends no event.
            if (path.getValue().has("post") && !NOT_COMMANDS.contains(path.getKey())) {
                commandPaths.add(path.getKey().replaceAll("\\{[^}]+}", "no-such-id"));
            }
        }
        assertThat(commandPaths).hasSizeGreaterThan(30).containsAll(LATER_ENDPOINTS);
        return commandPaths;
    }

    @Test
    void noCommandEndpointAnswersHostileInputWithA5xxOrAppendsAnything() {
        List<String> commandPaths = commandPaths();

        long before = storedEvents();
        List<String> failures = new ArrayList<>();
        for (String path : commandPaths) {
            for (String body : BODIES) {
                Api.Response response = api().post("admin", path, body);
                boolean problem = response.status() >= 400 && response.status() < 500
                        && response.contentType().startsWith("application/problem+json")
                        && response.json().hasNonNull("code")
                        && !response.body().contains("Exception") && !response.body().contains("\tat ");
                boolean harmlessNoOp = NO_OP_WHEN_NOTHING_TO_DO.contains(path) && body.equals("{}")
                        && response.status() == 200;
                if (!problem && !harmlessNoOp) {
                    failures.add(response.status() + " " + path + " <- " + abbreviate(body) + " : "
                            + abbreviate(response.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api().get(null, "/actuator/health").json().get("status").asText()).isEqualTo("UP");
    }

    /**
     * The wrong callers: nobody at all gets 401 from every command endpoint; an analyst (reads only) gets a 4xx
     * problem from every one, whatever the body; nothing is appended either way.
     */
    @Test
    void wrongCallersGetOnlyProblemsAndAppendNothing() {
        List<String> commandPaths = commandPaths();
        long before = storedEvents();
        List<String> failures = new ArrayList<>();
        for (String path : commandPaths) {
            Api.Response anonymous = api().post(null, path, "{}");
            if (anonymous.status() != 401) {
                failures.add("anonymous " + anonymous.status() + " " + path);
            }
            for (String body : List.of("{}", BODIES.get(9))) {
                Api.Response analyst = api().post("analyst", path, body);
                if (analyst.status() < 400 || analyst.status() >= 500
                        || !analyst.contentType().startsWith("application/problem+json")) {
                    failures.add("analyst " + analyst.status() + " " + path + " : " + abbreviate(analyst.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api().get(null, "/actuator/health").json().get("status").asText()).isEqualTo("UP");
    }

    /**
     * Real, otherwise valid requests with one hostile mutation: each is refused with a problem naming the field, and
     * nothing is appended (a hire with a NUL in the given name used to be 201 and stored the NUL for good).
     */
    static Stream<Arguments> mutatedValidBodies() {
        return Stream.of(
                mutation("NUL in givenName", "\"Aiko\"", "\"Ai\\u0000ko\"", "INVALID_INPUT", "givenName"),
                mutation("bidi override in department", "\"Operations\"", "\"\\u202eOperations\"", "INVALID_INPUT",
                        "department"),
                mutation("lone surrogate in position", "\"Clerk\"", "\"Cl\\ud800erk\"", "INVALID_INPUT", "position"),
                mutation("lone low surrogate in familyName", "\"Tanaka\"", "\"\\udc00Tanaka\"", "INVALID_INPUT",
                        "familyName"),
                mutation("C1 control in familyName", "\"Tanaka\"", "\"Tana\\u009bka\"", "INVALID_INPUT",
                        "familyName"),
                mutation("isolate in position", "\"Clerk\"", "\"\\u2067Clerk\\u2069\"", "INVALID_INPUT",
                        "position"),
                mutation("escape character in givenName", "\"Aiko\"", "\"\\u001b[31mAiko\"", "INVALID_INPUT",
                        "givenName"),
                mutation("givenName twice", "\"givenName\":\"Aiko\"",
                        "\"givenName\":\"Aiko\",\"givenName\":\"Mallory\"", "MALFORMED_REQUEST", "givenName"),
                mutation("currency twice in monthlySalary", "\"currency\":\"JPY\"",
                        "\"currency\":\"JPY\",\"currency\":\"USD\"", "MALFORMED_REQUEST", "monthlySalary.currency"),
                mutation("an unknown field", "\"givenName\"", "\"role\":\"ADMIN\",\"givenName\"",
                        "MALFORMED_REQUEST", "role"),
                mutation("an unknown field in monthlySalary", "\"currency\":\"JPY\"",
                        "\"currency\":\"JPY\",\"taxFree\":true", "MALFORMED_REQUEST", "monthlySalary.taxFree"));
    }

    /**
     * A valid hire with {@code from} replaced by {@code to}; each with its own employee number, so that without the
     * rules every one of them would be a 201 rather than a 409 for a number already taken.
     */
    private static Arguments mutation(String name, String from, String to, String code, String field) {
        String body = Api.hireJson("HM-" + Integer.toHexString(name.hashCode()));
        assertThat(body).contains(from);
        return Arguments.of(name, body.replace(from, to), code, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutatedValidBodies")
    void aValidHireWithOneHostileMutationIsRefusedAndAppendsNothing(String name, String body, String code,
                                                                     String field) {
        long before = storedEvents();
        Api.Response response = api().post("hr", "/api/hr/employees", body);
        assertProblem(response, 400, code);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(response.json().get("detail").asText()).contains(field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** A key given twice used to be a 500 here; now it is refused before the erasure is even considered. */
    @Test
    void anErasureWithTheReasonTwiceIsRefusedAndErasesNothing() {
        String id = employee("HM-2");
        long before = storedEvents();
        Api.Response response = api().post("admin", "/api/privacy/subjects/" + id + "/erase",
                "{\"reason\":\"a\",\"reason\":\"b\"}");
        assertProblem(response, 400, "MALFORMED_REQUEST");
        assertThat(response.json().get("detail").asText()).contains("reason");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(awaitEmployee(id, "hr").get("givenName").asText()).isEqualTo("Aiko");
    }

    /** Text is stored in one Unicode form: a name typed with a combining accent reads as the precomposed one. */
    @Test
    void textIsNormalizedToNfcAndTabsAndNewlinesAreKept() {
        String decomposed = Api.hireJson("HM-3").replace("\"Aiko\"", "\"Jose\\u0301\"")
                .replace("\"Clerk\"", "\"Clerk\\tnight shift\"");
        Api.Response created = api().post("hr", "/api/hr/employees", decomposed);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode employee = awaitEmployee(created.json().get("employeeId").asText(), "hr");
        assertThat(employee.get("givenName").asText()).isEqualTo("Jos\u00e9").hasSize(4);
        assertThat(employee.get("position").asText()).isEqualTo("Clerk\tnight shift");
    }

    /**
     * The rules are for what arrives over HTTP, not for what is stored: an employee hired before them with a NUL and
     * a bidi override in the name (sent here straight through the command bus, as the old API let them through)
     * still loads from the event store, takes further commands and reads back as stored. Axon's serializer uses the
     * application's own, lenient mapper.
     */
    @Test
    void eventsStoredBeforeTheRulesStillLoad() {
        EmployeeId id = EmployeeId.newId();
        commands.sendAndWait(new HireEmployeeCommand(id, "HM-4", "Ai\0ko", "\u202eTanaka", "hm4@example.com",
                "Operations", "Clerk", EmploymentType.PERMANENT, null, LocalDate.parse("2026-04-01"),
                Money.of("350000", "JPY")));
        assertThat(awaitEmployee(id.value(), "hr").get("givenName").asText()).isEqualTo("Ai\0ko");
        Api.Response change = api().post("hr", "/api/hr/employees/" + id.value() + "/salary-changes", """
                {"monthlySalary":{"amount":"380000","currency":"JPY"},"effectiveDate":"2026-06-01",
                 "reason":"annual review"}""");
        assertThat(change.status()).as(change.body()).isEqualTo(200);
        assertThat(awaitEmployee(id.value(), "hr").get("familyName").asText()).isEqualTo("\u202eTanaka");
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
