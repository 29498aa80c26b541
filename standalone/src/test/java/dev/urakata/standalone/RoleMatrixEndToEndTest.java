package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The role × endpoint matrix, measured: every operation of the OpenAPI document, called as every demo account with
 * unknown ids and an empty JSON object, is either turned away (401, or 403 {@code FORBIDDEN}) or let through
 * (anything else), and the result must equal the table checked in at {@code docs/role-matrix.md}. A role that gains
 * or loses an endpoint fails the build until the table says so too.
 */
class RoleMatrixEndToEndTest extends EmbeddedStackTest {

    /** The OpenAPI methods that name operations. */
    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Test
    void everyRoleIsLetThroughExactlyWhereTheCheckedInMatrixSays() {
        RoleMatrix measured = measure();
        measured.write(RoleMatrix.MEASURED);
        RoleMatrix checkedIn = Files.exists(RoleMatrix.CHECKED_IN) ? RoleMatrix.read(RoleMatrix.CHECKED_IN)
                : new RoleMatrix(Map.of());
        List<String> differences = measured.differencesFrom(checkedIn);
        if (!differences.isEmpty()) {
            System.out.println("The role matrix measured now (also in standalone/" + RoleMatrix.MEASURED
                    + "); copy it over docs/role-matrix.md if the change is meant:\n" + measured.markdown());
        }
        assertThat(differences).as("differences from docs/role-matrix.md (measured here, checked in there)")
                .isEmpty();
    }

    /** Calls every API operation as every account; {@code staff1} is made an employee first, as the README says. */
    RoleMatrix measure() {
        employee("staff1");
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("staff1", "/api/me").status() == 200);
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (String endpoint : operations(api())) {
            Set<String> roles = new TreeSet<>();
            RoleMatrix.ACCOUNTS.forEach((role, account) -> {
                if (!turnedAway(call(api(), account, endpoint))) {
                    roles.add(role);
                }
            });
            allowed.put(endpoint, roles);
        }
        return new RoleMatrix(allowed);
    }

    /**
     * 401, or 403 {@code FORBIDDEN}: the caller may not do this. Other 403s are about who the caller is, not what
     * their role allows ({@code NOT_AN_EMPLOYEE}: the sign-in is bound to no employee; {@code OWN_RECORD}), and
     * come only after a request has been read, so they say nothing about the role.
     */
    static boolean turnedAway(Api.Response response) {
        return response.status() == 401
                || response.status() == 403 && "FORBIDDEN".equals(response.json().path("code").asText());
    }

    /** Every operation of the API's OpenAPI document as {@code METHOD path}, path variables as in the document. */
    static List<String> operations(Api api) {
        JsonNode paths = api.get("admin", "/v3/api-docs").json().get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue; // the console signs in with a form and answers with pages: not this API
            }
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).hasSizeGreaterThan(100);
        return List.copyOf(operations);
    }

    /** {@code endpoint} ("POST /api/...") with unknown ids in its path and, where it takes one, {@code body}. */
    static Api.Response call(Api api, String account, String endpoint, String body) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(method.length() + 1).replaceAll("\\{[^}]+}", "no-such-id");
        HttpRequest.Builder request = api.request(account, path);
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return api.send(request.build());
    }

    static Api.Response call(Api api, String account, String endpoint) {
        return call(api, account, endpoint, "{}");
    }
}
