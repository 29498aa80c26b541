package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint the API describes, fed a corpus of hostile bodies with an admin's credentials (so roles
 * do not stop them first): each answer is a 4xx problem document with a code, never a 5xx or a stack trace, the
 * event store does not grow, and the service stays healthy.
 */
class HostileInputEndToEndTest extends EmbeddedStackTest {

    static final Set<String> NOT_COMMANDS = Set.of("/api/audit/checkpoints");

    /**
     * Endpoints whose body is entirely optional and which are documented as a no-op when there is nothing to do:
     * revoking every active account of an employee who has none answers 200 and records nothing (the offboarding saga
     * relies on that). A JSON object with unknown fields is a valid request there; anything else must still be a 4xx,
     * and nothing may be appended either way.
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
            "{\"effectiveFrom\": \"2026-13-45\", \"period\": \"2026-99\", \"paymentDate\": 20260101}");

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
                boolean harmlessNoOp = NO_OP_WHEN_NOTHING_TO_DO.contains(path) && body.startsWith("{")
                        && body.endsWith("}") && response.status() == 200;
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

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
