package dev.urakata.standalone;

import org.junit.jupiter.api.Test;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what over HTTP, with the demo accounts of the embedded default. */
class SecurityEndToEndTest extends EmbeddedStackTest {

    @Test
    void withoutCredentialsOnlyTheHealthProbeAnswers() {
        Api.Response health = api().get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("components");

        Api.Response list = api().get(null, "/api/hr/employees");
        assertProblem(list, 401, "UNAUTHENTICATED");
        assertProblem(api().post(null, "/api/hr/employees", Api.hireJson("S-1")), 401, "UNAUTHENTICATED");
        assertThat(api().get(null, "/v3/api-docs").status()).isEqualTo(401);
        assertThat(api().get(null, "/actuator/metrics").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs401() {
        Api.Response response = api().send(api().request(null, "/api/hr/employees")
                .header("Authorization", "Basic aHI6d3Jvbmc=") // hr:wrong
                .GET().build());
        assertProblem(response, 401, "UNAUTHENTICATED");
    }

    @Test
    void onlyAdminAndHrMayChangeEmployeesAndARefusalAppendsNothing() {
        long before = storedEvents();
        for (String user : new String[] {"analyst", "compliance", "payroll", "finance", "ops", "it", "legal"}) {
            assertProblem(api().post(user, "/api/hr/employees", Api.hireJson("S-2")), 403, "FORBIDDEN");
        }
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api().post("admin", "/api/hr/employees", Api.hireJson("S-3")).status()).isEqualTo(201);
    }

    @Test
    void personalDataAndTheAuditTrailAreReadOnlyByTheirRoles() {
        assertProblem(api().get("analyst", "/api/hr/employees"), 403, "FORBIDDEN");
        assertProblem(api().get("ops", "/api/hr/employees"), 403, "FORBIDDEN");
        for (String user : new String[] {"admin", "hr", "payroll", "compliance"}) {
            assertThat(api().get(user, "/api/hr/employees").status()).as(user).isEqualTo(200);
        }
        assertProblem(api().get("analyst", "/api/audit/events"), 403, "FORBIDDEN");
        assertProblem(api().get("hr", "/api/audit/events"), 403, "FORBIDDEN");
        assertThat(api().get("compliance", "/api/audit/events").status()).isEqualTo(200);
        assertThat(api().get("admin", "/api/audit/events").status()).isEqualTo(200);
    }

    @Test
    void theApiIsDescribedByOpenApiForSignedInUsers() {
        Api.Response docs = api().get("analyst", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/hr/employees")).isTrue();
        assertThat(docs.json().get("paths").has("/api/audit/events")).isTrue();
        assertThat(api().send(api().request("analyst", "/swagger-ui/index.html").GET().build()).status())
                .isEqualTo(200);
        assertThat(api().send(api().request("admin", "/actuator/health").GET().build()).body())
                .contains("components", "mongo");
    }
}
