package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never hurts: every case gets a clear 4xx problem document with a stable code, nothing is appended to
 * the event store, and the service keeps answering.
 */
class BadInputEndToEndTest extends EmbeddedStackTest {

    static Stream<Arguments> badHires() {
        String valid = Api.hireJson("B-1");
        return Stream.of(
                Arguments.of("not JSON at all", "{\"employeeNumber\":", 400, "MALFORMED_REQUEST"),
                Arguments.of("a JSON array", "[1,2,3]", 400, "MALFORMED_REQUEST"),
                Arguments.of("empty object", "{}", 400, "INVALID_INPUT"),
                Arguments.of("date of wrong type", valid.replace("\"2026-04-01\"", "123"), 400, "MALFORMED_REQUEST"),
                Arguments.of("date that is no date", valid.replace("2026-04-01", "2026-02-30"), 400,
                        "MALFORMED_REQUEST"),
                Arguments.of("year 9999", valid.replace("2026-04-01", "9999-04-01"), 400, "INVALID_INPUT"),
                Arguments.of("unknown employment type", valid.replace("PERMANENT", "FOREVER"), 400,
                        "MALFORMED_REQUEST"),
                Arguments.of("unknown currency", valid.replace("JPY", "XYZ"), 400, "MALFORMED_REQUEST"),
                Arguments.of("more decimals than the currency has", valid.replace("\"350000\"", "\"350000.5\""), 400,
                        "MALFORMED_REQUEST"),
                Arguments.of("amount that is not a number", valid.replace("\"350000\"", "\"lots\""), 400,
                        "MALFORMED_REQUEST"),
                Arguments.of("negative salary", valid.replace("\"350000\"", "\"-1\""), 400, "INVALID_INPUT"),
                Arguments.of("absurd salary", valid.replace("\"350000\"", "\"1000000000000000\""), 400,
                        "INVALID_INPUT"),
                Arguments.of("invalid e-mail", valid.replace("aiko.tanaka@example.com", "not-an-address"), 400,
                        "INVALID_INPUT"),
                Arguments.of("employee number of 1000 characters", valid.replace("B-1", "X".repeat(1000)), 400,
                        "INVALID_INPUT"),
                Arguments.of("blank name", valid.replace("\"Aiko\"", "\"   \""), 400, "INVALID_INPUT"),
                Arguments.of("temporary without contract end", valid.replace("PERMANENT", "TEMPORARY"), 400,
                        "INVALID_INPUT"),
                Arguments.of("permanent with contract end", valid.replace("\"hireDate\"",
                        "\"contractEndDate\":\"2027-01-01\",\"hireDate\""), 400, "INVALID_INPUT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHires")
    void aBadHireIsAClearProblemAndAppendsNothing(String name, String body, int status, String code) {
        long before = storedEvents();
        Api.Response response = api().post("hr", "/api/hr/employees", body);
        assertProblem(response, status, code);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aHugeBodyIsRefusedWith413BeforeItIsParsed() {
        long before = storedEvents();
        String huge = Api.hireJson("B-2").replace("\"Clerk\"", "\"" + "x".repeat(2_000_000) + "\"");
        assertProblem(api().post("hr", "/api/hr/employees", huge), 413, "PAYLOAD_TOO_LARGE");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api().get("hr", "/api/hr/employees").status()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() {
        long before = storedEvents();
        String huge = Api.hireJson("B-3").replace("\"Clerk\"", "\"" + "x".repeat(200_000) + "\"");
        HttpRequest chunked = api().request("hr", "/api/hr/employees")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        assertProblem(api().send(chunked), 413, "PAYLOAD_TOO_LARGE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void commandsAndQueriesForAnUnknownEmployeeAre404() {
        long before = storedEvents();
        assertProblem(api().post("hr", "/api/hr/employees/no-such-employee/terminate",
                "{\"reason\":\"RESIGNATION\",\"lastDay\":\"2026-12-31\"}"), 404, "NOT_FOUND");
        assertProblem(api().get("hr", "/api/hr/employees/no-such-employee"), 404, "NOT_FOUND");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedIdsParametersAndRoutesAreClearProblems() {
        assertProblem(api().get("hr", "/api/hr/employees/bad%20id"), 400, "INVALID_INPUT");
        assertProblem(api().get("hr", "/api/hr/employees?page=-1"), 400, "INVALID_INPUT");
        assertProblem(api().get("hr", "/api/hr/employees?size=100000"), 400, "INVALID_INPUT");
        assertProblem(api().get("hr", "/api/hr/employees?page=abc"), 400, "INVALID_INPUT");
        assertProblem(api().get("hr", "/api/hr/employees?status=HAPPY"), 400, "INVALID_INPUT");
        assertProblem(api().get("compliance", "/api/audit/events?from=yesterday"), 400, "INVALID_INPUT");
        assertProblem(api().get("hr", "/api/hr/nothing-here"), 404, "NOT_FOUND");
    }

    /**
     * Paging is read before a list's handler runs (one resolver for every list), so it must answer as the two
     * request parameters it replaced did: blank is the default, each list's own default size, a 400 for anything
     * else, the role check first, and both parameters in the API document with their defaults.
     */
    @Test
    void everyListPagesAlikeAndSaysSoInTheApiDocument() {
        JsonNode employees = api().get("hr", "/api/hr/employees?page=&size=").json();
        assertThat(employees.get("page").asInt()).isZero();
        assertThat(employees.get("size").asInt()).isEqualTo(20);
        assertThat(api().get("ops", "/api/inventory/stock/low").json().get("size").asInt()).isEqualTo(50);
        assertThat(api().get("hr", "/api/hr/employees?page=1&size=5").json().get("size").asInt()).isEqualTo(5);
        assertProblem(api().get("hr", "/api/hr/employees?size=0"), 400, "INVALID_INPUT");
        assertProblem(api().get("hr", "/api/hr/employees?size=2147483648"), 400, "INVALID_INPUT");
        assertProblem(api().get("hr", "/api/hr/employees?page=1.5"), 400, "INVALID_INPUT");
        assertThat(api().get("analyst", "/api/hr/employees?size=abc").status())
                .as("a caller without the role learns nothing from the parameters").isEqualTo(403);

        JsonNode paths = api().get("admin", "/v3/api-docs").json().get("paths");
        assertThat(queryParameter(paths, "/api/hr/employees", "size").path("schema").path("default").asInt())
                .isEqualTo(20);
        assertThat(queryParameter(paths, "/api/inventory/stock/low", "size").path("schema").path("default").asInt())
                .isEqualTo(50);
        assertThat(queryParameter(paths, "/api/inventory/stock/low", "page").path("schema").path("type").asText())
                .isEqualTo("integer");
        assertThat(paths.toString()).doesNotContain("\"paging\"");
    }

    private static JsonNode queryParameter(JsonNode paths, String path, String name) {
        for (JsonNode parameter : paths.path(path).path("get").path("parameters")) {
            if (name.equals(parameter.path("name").asText()) && "query".equals(parameter.path("in").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("No query parameter " + name + " on GET " + path);
    }

    @Test
    void theWrongContentTypeOrMethodIsAClearProblem() {
        long before = storedEvents();
        Api.Response form = api().send(api().request("hr", "/api/hr/employees")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("employeeNumber=1")).build());
        assertProblem(form, 415, "UNSUPPORTED_MEDIA_TYPE");
        Api.Response delete = api().send(api().request("hr", "/api/hr/employees").DELETE().build());
        assertProblem(delete, 405, "METHOD_NOT_ALLOWED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Api.Response response = api().post("hr", "/api/hr/employees",
                Api.hireJson("B-4").replace("\"hireDate\":\"2026-04-01\",", ""));
        assertProblem(response, 400, "INVALID_INPUT");
        assertThat(response.json().get("detail").asText()).contains("hireDate");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("hireDate");
    }

    /** Far outside any business date: parsable by java.time, but an overflow wherever it is turned into millis. */
    private static final String FAR_INSTANT = "%2B999999999-12-31T23:59:59Z";
    private static final String FAR_DATE = "%2B999999999-12-31";

    static Stream<String> datesOutOfRange() {
        return Stream.of(
                "/api/hr/employees?asOf=" + FAR_INSTANT,
                "/api/hr/employees?asOf=-999999999-01-01T00:00:00Z",
                "/api/hr/employees?asOf=1899-12-31",
                "/api/hr/employees/no-such-id?asOf=" + FAR_INSTANT,
                "/api/audit/events?from=" + FAR_INSTANT,
                "/api/audit/events?to=" + FAR_INSTANT,
                "/api/audit/events?from=0001-01-01T00:00:00Z",
                "/api/audit/events/export?from=" + FAR_INSTANT,
                "/api/audit/aggregates/Employee/no-such-id/timeline?asOf=" + FAR_INSTANT,
                "/api/inventory/stock?asOf=" + FAR_INSTANT,
                "/api/inventory/stock/as-of?asOf=" + FAR_DATE,
                "/api/finance/ledger/trial-balance?asOf=" + FAR_INSTANT,
                "/api/finance/ledger/trial-balance?to=" + FAR_DATE,
                "/api/finance/ledger/profit-and-loss?from=2026-01-01&to=" + FAR_DATE,
                "/api/finance/ledger/balance-sheet?at=" + FAR_DATE,
                "/api/finance/receivables/aging?at=" + FAR_DATE,
                "/api/finance/invoices?asOf=" + FAR_INSTANT,
                "/api/finance/budgets?period=%2B999999999-12",
                "/api/payroll/runs?asOf=" + FAR_INSTANT,
                "/api/payroll/costs?from=%2B999999999-01&to=%2B999999999-12",
                "/api/legal/contracts/expiring?on=" + FAR_DATE,
                "/api/it/tickets?at=" + FAR_INSTANT,
                "/api/workforce/shifts/understaffed?from=" + FAR_DATE + "&to=" + FAR_DATE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesOutOfRange")
    void aDateOrInstantOutsideTheYears1900To9999IsRefused(String path) {
        Api.Response response = api().get("admin", path);
        assertProblem(response, 400, "INVALID_INPUT");
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedNotAnsweredWithTheFirstPage() {
        assertProblem(api().get("hr", "/api/hr/employees?page=110000000&size=20"), 400, "INVALID_INPUT");
        assertProblem(api().get("hr", "/api/hr/employees?page=2147483647&size=200"), 400, "INVALID_INPUT");
        assertProblem(api().get("compliance", "/api/audit/events?page=1000000000&size=50"), 400, "INVALID_INPUT");
        assertThat(api().get("hr", "/api/hr/employees?page=5000&size=200").status()).isEqualTo(200);
    }

    /** An Idempotency-Key is 1-128 printable ASCII characters; anything else is a 400 and nothing is sent. */
    @Test
    void aBadIdempotencyKeyIsRefusedAndAppendsNothing() {
        RawHttp raw = new RawHttp(port);
        long before = storedEvents();
        // Raw UTF-8 bytes: Tomcat reads them as ISO-8859-1 and Spring Security's firewall refuses the C1 controls.
        assertProblem(raw.send("hr", "POST", "/api/hr/employees", Api.hireJson("IK-1"),
                "Idempotency-Key: 日本語"), 400, "REQUEST_REJECTED");
        assertProblem(raw.send("hr", "POST", "/api/hr/employees", Api.hireJson("IK-2"),
                "Idempotency-Key: café"), 400, "INVALID_INPUT");
        assertProblem(raw.send("hr", "POST", "/api/hr/employees", Api.hireJson("IK-3"),
                "Idempotency-Key: ab"), 400, "REQUEST_REJECTED");
        assertProblem(api().post("hr", "/api/hr/employees", Api.hireJson("IK-4"), "k".repeat(129)), 400,
                "INVALID_INPUT");
        assertProblem(api().post("hr", "/api/hr/employees", Api.hireJson("IK-5"), "two words"), 400,
                "INVALID_INPUT");
        assertThat(storedEvents()).isEqualTo(before);
    }

    static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "dev.urakata", "org.axonframework");
    }
}
