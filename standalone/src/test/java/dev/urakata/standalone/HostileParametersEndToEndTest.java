package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read the OpenAPI document lists, with hostile path ids and, one at a time, a hostile value for each query
 * parameter it declares, sent by an admin (so roles do not stop them first): each answer is a 2xx or a 4xx problem
 * document with a code, never a 5xx, a stack trace or an HTML page, and the service stays healthy.
 */
class HostileParametersEndToEndTest extends EmbeddedStackTest {

    /** Path ids: unknown, traversal, injection, control and bidi characters, and very long. */
    static final List<String> HOSTILE_IDS = List.of("no-such-id", "..", "x' OR '1'='1", "{\"$gt\":\"\"}",
            "a\u0000b", "\u202eexe", "\ud83d\ude00", "x".repeat(2000), "-1", "9".repeat(40));

    /** Query values: overflowing numbers and dates, wrong types, operators, control characters. */
    static final List<String> HOSTILE_VALUES = List.of("", "-1", "2147483648", "99999999999999999999", "NaN",
            "1e400", "+999999999-12-31T23:59:59Z", "-999999999-01-01", "2026-13-45", "1899-12-31", "true",
            "{\"$ne\":null}", "a\u0000b", "\u202e", "x".repeat(5000), "2026-99");

    @Test
    void noReadAnswersHostileIdsOrParametersWithA5xxOrANonProblemError() {
        JsonNode paths = api().get("admin", "/v3/api-docs").json().get("paths");
        List<String> failures = new ArrayList<>();
        int reads = 0;
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            reads++;
            List<String> queryParameters = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    queryParameters.add(parameter.get("name").asText());
                }
            }
            for (String id : HOSTILE_IDS) {
                String target = path.getKey().replaceAll("\\{[^}]+}", encode(id));
                requests++;
                check(target, failures);
                if (id.equals("no-such-id")) {
                    for (String parameter : queryParameters) {
                        for (String value : HOSTILE_VALUES) {
                            requests++;
                            check(target + "?" + parameter + "=" + encode(value), failures);
                        }
                    }
                }
            }
        }
        assertThat(reads).as("reads in the API document").isGreaterThan(60);
        assertThat(requests).isGreaterThan(1000);
        assertThat(failures).isEmpty();
        assertThat(api().get(null, "/actuator/health").json().get("status").asText()).isEqualTo("UP");
    }

    /** A NUL in a name filter used to reach MongoDB inside a regular expression and fail there: 500. */
    @Test
    void aControlCharacterInAQueryParameterIsRefusedLikeInABody() {
        BadInputEndToEndTest.assertProblem(api().get("hr", "/api/hr/employees?name=a%00b"), 400, "INVALID_INPUT");
        BadInputEndToEndTest.assertProblem(api().get("hr", "/api/hr/employees?name=%E2%80%AEx"), 400,
                "INVALID_INPUT");
        assertThat(api().get("analyst", "/api/hr/employees?name=a%00b").status())
                .as("the role check comes first").isEqualTo(403);
        assertThat(api().get("hr", "/api/hr/employees?name=Tana").status()).isEqualTo(200);
    }

    private void check(String target, List<String> failures) {
        Api.Response response = api().get("admin", target);
        int status = response.status();
        boolean fine = status < 400 ? status < 300
                : status < 500 && response.contentType().startsWith("application/problem+json")
                && response.json().hasNonNull("code");
        if (!fine || response.body().contains("\tat ") || response.body().contains("Exception")) {
            failures.add(status + " GET " + abbreviate(target) + " : " + abbreviate(response.body()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() <= 140 ? text : text.substring(0, 140) + "…";
    }
}
