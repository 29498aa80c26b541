package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.it.AssetId;
import dev.urakata.shared.it.AssetsHeldQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * IT over real HTTP: a laptop is registered and handed out, accounts are provisioned (twice, recording once), staff1
 * opens a ticket that IT resolves, an incident is reported and worked; the views follow; bad input and wrong roles
 * are refused and append nothing.
 */
class ItEndToEndTest extends EmbeddedStackTest {

    @Autowired
    QueryGateway queries;

    /** What the offboarding process asks: the assets an employee holds, over the query bus. */
    List<AssetId> held(String employeeId) throws Exception {
        return queries.query(new AssetsHeldQuery(new EmployeeId(employeeId)),
                ResponseTypes.multipleInstancesOf(AssetId.class)).get(10, TimeUnit.SECONDS);
    }

    JsonNode ticketIn(String user, String query, String ticketId) {
        for (JsonNode t : api().get(user, "/api/it/tickets?size=200" + query).json().path("items")) {
            if (ticketId.equals(t.path("ticketId").asText())) {
                return t;
            }
        }
        return null;
    }

    JsonNode assetIn(String user, String query, String assetId) {
        for (JsonNode a : api().get(user, "/api/it/assets?size=200" + query).json().path("items")) {
            if (assetId.equals(a.path("assetId").asText())) {
                return a;
            }
        }
        return null;
    }

    @Test
    void aLaptopAccountsAndATicketFromOpeningToResolution() throws Exception {
        String employee = employee("IT-E2E-1");
        String serial = "SN-" + UUID.randomUUID().toString().substring(0, 8);

        // A laptop is registered (retried with its key: the same answer, nothing new) and handed to the employee.
        String laptopJson = "{\"assetType\":\"LAPTOP\",\"serialNumber\":\"" + serial + "\",\"model\":\"ThinkPad X1\"}";
        Api.Response registered = api().post("it", "/api/it/assets", laptopJson, "laptop-" + serial);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String laptop = registered.json().get("assetId").asText();
        assertThat(registered.location()).isEqualTo("/api/it/assets/" + laptop);
        long afterRegister = storedEvents();
        assertThat(api().post("it", "/api/it/assets", laptopJson, "laptop-" + serial).body())
                .isEqualTo(registered.body());
        assertThat(storedEvents()).isEqualTo(afterRegister);
        assertProblem(api().post("it", "/api/it/assets", laptopJson.replace(serial, serial.toLowerCase())), 409,
                "DUPLICATE_SERIAL_NUMBER");

        Api.Response assigned = api().post("it", "/api/it/assets/" + laptop + "/assign",
                "{\"employeeId\":\"" + employee + "\",\"assignedOn\":\"2026-05-01\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertProblem(api().post("admin", "/api/it/assets/" + laptop + "/assign",
                "{\"employeeId\":\"" + employee + "\",\"assignedOn\":\"2026-05-02\"}"), 409, "ASSET_ALREADY_ASSIGNED");

        // Accounts: a second provisioning of the same system records nothing.
        String accounts = "/api/it/employees/" + employee + "/accounts";
        assertThat(api().post("it", accounts + "/provision", "{\"system\":\"email\",\"reason\":\"onboarding\"}")
                .status()).isEqualTo(200);
        assertThat(api().post("it", accounts + "/provision", "{\"system\":\"sso\",\"reason\":\"onboarding\"}")
                .status()).isEqualTo(200);
        long afterProvision = storedEvents();
        assertThat(api().post("it", accounts + "/provision", "{\"system\":\"email\",\"reason\":\"onboarding\"}")
                .status()).isEqualTo(200);
        assertThat(api().post("it", accounts + "/revoke", "{\"system\":\"erp\",\"reason\":\"never had it\"}")
                .status()).isEqualTo(200);
        // Revoking for an employee who never had an account succeeds and records nothing (offboarding does that).
        assertThat(api().post("it", "/api/it/employees/never-provisioned-" + serial.substring(3) + "/accounts/revoke",
                "{\"reason\":\"offboarding\"}").status()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(afterProvision);

        // staff1 opens a ticket for themselves, and may not open one for somebody else.
        Api.Response opened = api().post("staff1", "/api/it/tickets", "{\"subject\":\"Laptop fan loud\","
                + "\"description\":\"Since Monday\",\"category\":\"HARDWARE\",\"priority\":\"P3\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String ticket = opened.json().get("ticketId").asText();
        assertThat(opened.location()).isEqualTo("/api/it/tickets/" + ticket);
        long afterOpen = storedEvents();
        assertProblem(api().post("staff1", "/api/it/tickets", "{\"requester\":\"staff2\",\"subject\":\"x\","
                + "\"description\":\"y\",\"category\":\"HARDWARE\",\"priority\":\"P3\"}"), 403, "FORBIDDEN");
        assertProblem(api().post("staff2", "/api/it/tickets/" + ticket + "/comments", "{\"text\":\"me too\"}"), 403,
                "FORBIDDEN");

        // Bad input: 400 with a problem and nothing appended.
        assertProblem(api().post("it", accounts + "/provision", "{\"system\":\"E-Mail\"}"), 400, "INVALID_INPUT");
        assertProblem(api().post("staff1", "/api/it/tickets", "{\"subject\":\"x\",\"description\":\"y\","
                + "\"category\":\"HARDWARE\",\"priority\":\"P9\"}"), 400, "MALFORMED_REQUEST");
        assertProblem(api().post("it", "/api/it/tickets", "{\"subject\":\" \",\"description\":\"y\","
                + "\"category\":\"HARDWARE\",\"priority\":\"P1\",\"requester\":\"staff1\"}"), 400, "INVALID_INPUT");
        assertProblem(api().post("it", "/api/it/tickets/" + ticket + "/close", ""), 409, "TICKET_STATUS_CONFLICT");
        // Wrong roles: 403 and nothing appended.
        assertProblem(api().post("analyst", "/api/it/assets", laptopJson), 403, "FORBIDDEN");
        assertProblem(api().post("staff1", "/api/it/tickets/" + ticket + "/resolve", "{\"resolution\":\"done\"}"),
                403, "FORBIDDEN");
        assertProblem(api().post("compliance", "/api/it/tickets", "{\"requester\":\"staff1\",\"subject\":\"x\","
                + "\"description\":\"y\",\"category\":\"HARDWARE\",\"priority\":\"P3\"}"), 403, "FORBIDDEN");
        assertProblem(api().get("staff1", "/api/it/assets"), 403, "FORBIDDEN");
        assertThat(storedEvents()).isEqualTo(afterOpen);

        // IT takes it, the requester comments, IT resolves it.
        assertThat(api().post("it", "/api/it/tickets/" + ticket + "/assign", "{\"assignee\":\"it\"}").status())
                .isEqualTo(200);
        assertThat(api().post("staff1", "/api/it/tickets/" + ticket + "/comments", "{\"text\":\"Still loud\"}")
                .status()).isEqualTo(200);
        Api.Response resolved = api().post("it", "/api/it/tickets/" + ticket + "/resolve",
                "{\"resolution\":\"Fan cleaned\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

        // The views.
        await().atMost(Duration.ofSeconds(20)).until(() -> ticketIn("it", "&status=RESOLVED", ticket) != null);
        JsonNode seenByIt = ticketIn("it", "&status=RESOLVED", ticket);
        assertThat(seenByIt.path("requester").asText()).isEqualTo("staff1");
        assertThat(seenByIt.path("assignee").asText()).isEqualTo("it");
        assertThat(seenByIt.path("breached").asBoolean()).isFalse();
        assertThat(seenByIt.path("dueAt").asText()).endsWith("Z");
        JsonNode details = api().get("staff1", "/api/it/tickets/" + ticket).json();
        assertThat(details.path("resolution").asText()).isEqualTo("Fan cleaned");
        assertThat(details.path("comments").get(0).path("text").asText()).isEqualTo("Still loud");
        assertProblem(api().get("staff2", "/api/it/tickets/" + ticket), 404, "NOT_FOUND");
        assertThat(ticketIn("staff2", "", ticket)).isNull();
        assertThat(ticketIn("staff1", "", ticket)).isNotNull();
        JsonNode seenByAnalyst = ticketIn("analyst", "&status=RESOLVED", ticket);
        assertThat(seenByAnalyst.path("priority").asText()).isEqualTo("P3");
        assertThat(seenByAnalyst.path("requester").isNull() || seenByAnalyst.path("requester").isMissingNode())
                .isTrue();
        assertProblem(api().get("it", "/api/it/tickets?at=yesterday"), 400, "INVALID_INPUT");

        await().atMost(Duration.ofSeconds(20)).until(() -> assetIn("it", "&employeeId=" + employee, laptop) != null);
        assertThat(assetIn("it", "&employeeId=" + employee, laptop).path("status").asText()).isEqualTo("ASSIGNED");
        JsonNode anonymous = assetIn("analyst", "&type=LAPTOP&status=ASSIGNED", laptop);
        assertThat(anonymous.path("holder").isNull() || anonymous.path("holder").isMissingNode()).isTrue();
        assertProblem(api().get("analyst", "/api/it/assets?employeeId=" + employee), 403, "FORBIDDEN");
        assertThat(held(employee)).containsExactly(new AssetId(laptop));
        assertThat(held("nobody-" + serial.substring(3))).isEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("compliance", accounts).json().path("accounts").size() == 2);
        JsonNode held = api().get("compliance", accounts).json().path("accounts");
        assertThat(held.get(0).path("system").asText()).isEqualTo("email");
        assertThat(held.get(0).path("active").asBoolean()).isTrue();
        assertThat(held.get(1).path("system").asText()).isEqualTo("sso");
        assertProblem(api().get("analyst", accounts), 403, "FORBIDDEN");
    }

    @Test
    void anIncidentIsReportedByAnEmployeeContainedThenResolved() {
        Api.Response reported = api().post("staff2", "/api/it/security-incidents",
                "{\"severity\":\"HIGH\",\"title\":\"Phishing mail\",\"description\":\"I clicked the link\"}");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String incident = reported.json().get("incidentId").asText();
        String path = "/api/it/security-incidents/" + incident;
        long before = storedEvents();
        assertProblem(api().post("it", path + "/resolve", "{\"rootCause\":\"No MFA\",\"resolution\":\"MFA\"}"), 409,
                "SECURITY_INCIDENT_STATUS_CONFLICT");
        assertProblem(api().post("staff2", path + "/contain", "{\"note\":\"Password reset\"}"), 403, "FORBIDDEN");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api().post("it", path + "/contain", "{\"note\":\"Password reset\"}").status()).isEqualTo(200);
        assertThat(api().post("it", path + "/resolve", "{\"rootCause\":\"No MFA\",\"resolution\":\"MFA enforced\"}")
                .status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode i : api().get("compliance", "/api/it/security-incidents?status=RESOLVED&size=200").json()
                    .path("items")) {
                if (incident.equals(i.path("incidentId").asText())) {
                    return "MFA enforced".equals(i.path("resolution").asText())
                            && "staff2".equals(i.path("reportedBy").asText());
                }
            }
            return false;
        });
        assertProblem(api().get("analyst", "/api/it/security-incidents"), 403, "FORBIDDEN");
    }
}
