package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Legal and compliance over HTTP: a contract drafted and signed shows as expiring soon with its history; a training
 * past its due date turns overdue through its deadline; an employee acknowledges a policy for themselves only; bad
 * input is refused with a problem and appends nothing.
 */
class LegalComplianceEndToEndTest extends EmbeddedStackTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aDraftedAndSignedContractIsInForceAndExpiringSoon() {
        Api.Response drafted = api().post("legal", "/api/legal/contracts", """
                {"kind":"SUPPLIER","counterpartyId":"%s","title":"Office cleaning","startDate":"%s",
                 "endDate":"%s"}""".formatted(supplier(), TODAY.minusDays(10), TODAY.plusDays(45)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().get("contractId").asText();
        assertThat(drafted.location()).endsWith("/api/legal/contracts/" + id);

        Api.Response signed = api().post("legal", "/api/legal/contracts/" + id + "/sign",
                "{\"signedOn\":\"" + TODAY + "\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertProblem(api().post("legal", "/api/legal/contracts/" + id + "/sign", "{\"signedOn\":\"" + TODAY + "\"}"),
                409, "CONTRACT_STATUS_CONFLICT");

        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance",
                        "/api/legal/contracts/expiring?within=60").json().path("items").toString().contains(id));
        assertThat(api().get("legal", "/api/legal/contracts/expiring?within=30").json().path("items").toString())
                .doesNotContain(id);
        JsonNode contract = api().get("legal", "/api/legal/contracts/" + id).json();
        assertThat(contract.path("contract").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(contract.path("history").toString()).contains("ContractSignedEvent", "ContractActivatedEvent");
        assertThat(contract.path("history").get(0).path("user").asText()).isEqualTo("legal");

        // HR hires people: employment contracts only. Analysts and staff do not read contracts.
        assertProblem(api().post("hr", "/api/legal/contracts", """
                {"kind":"SUPPLIER","counterpartyId":"sup-e2e","title":"x","startDate":"%s"}""".formatted(TODAY)),
                403, "FORBIDDEN");
        Api.Response employment = api().post("hr", "/api/legal/contracts", """
                {"kind":"EMPLOYMENT","counterpartyId":"%s","title":"Employment","startDate":"%s"}"""
                .formatted(employee("LEGAL-1"), TODAY));
        assertThat(employment.status()).as(employment.body()).isEqualTo(201);
        assertThat(api().get("analyst", "/api/legal/contracts").status()).isEqualTo(403);
        assertThat(api().get("staff1", "/api/legal/contracts").status()).isEqualTo(403);
    }

    @Test
    void aTrainingNotCompletedByItsDueDateTurnsOverdue() {
        String staff1 = employee("staff1");
        Api.Response assigned = api().post("hr", "/api/compliance/employees/" + staff1 + "/trainings",
                "{\"trainingCode\":\"E2E_ANTI_BRIBERY\",\"dueDate\":\"" + TODAY.minusDays(2) + "\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(api().post("compliance", "/api/compliance/employees/" + staff1 + "/trainings",
                "{\"trainingCode\":\"E2E_OTHER\",\"dueDate\":\"" + TODAY + "\"}").status()).isEqualTo(403);

        // Its due date is past: the persistent deadline manager fires the overdue deadline at its next poll.
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get("compliance",
                "/api/compliance/employees/" + staff1 + "/status").json().path("trainings").toString()
                .contains("\"E2E_ANTI_BRIBERY\",\"dueDate\":\"" + TODAY.minusDays(2) + "\",\"state\":\"OVERDUE\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("legal", "/api/compliance/overdue?size=200")
                .json().path("items").toString().contains("E2E_ANTI_BRIBERY"));
        assertThat(api().get("compliance", "/api/compliance/employees/" + staff1 + "/status").json()
                .path("overdue").asInt()).isPositive();
        JsonNode overdue = api().get("compliance", "/api/audit/events?type=TrainingOverdueEvent&size=200").json()
                .path("items");
        String compliance = null;
        for (JsonNode event : overdue) {
            if (event.path("payload").path("trainingCode").asText().equals("E2E_ANTI_BRIBERY")) {
                compliance = event.path("aggregateId").asText();
            }
        }
        SystemAttribution.assertMadeBySystem(api(), compliance, "TrainingOverdueEvent", "TrainingAssignedEvent",
                "trainingCode");
    }

    @Test
    void anEmployeeAcknowledgesAPolicyForThemselvesOnly() {
        String staff1 = employee("staff1");
        String staff2 = employee("staff2");
        // Published without "acknowledgement required": with it, every employee of the shared stack would be asked
        // in the background (AcknowledgementRequestPolicy), and other tests count what is appended. HR asks instead.
        Api.Response published = api().post("legal", "/api/compliance/policies/E2E_PRIVACY/versions",
                "{\"title\":\"Privacy policy\",\"version\":1,\"acknowledgementRequired\":false}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertProblem(api().post("legal", "/api/compliance/policies/E2E_PRIVACY/versions",
                "{\"title\":\"Other\",\"version\":1,\"acknowledgementRequired\":false}"), 409,
                "POLICY_VERSION_CONFLICT");
        for (String employee : new String[] {staff1, staff2}) {
            Api.Response requested = api().post("hr", "/api/compliance/employees/" + employee
                    + "/acknowledgement-requests", "{\"policyCode\":\"E2E_PRIVACY\",\"version\":1,\"dueDate\":\""
                    + TODAY.plusDays(14) + "\"}");
            assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        }

        String acknowledge = "{\"policyCode\":\"E2E_PRIVACY\",\"version\":1}";
        // Scheduling's view of employees may lag the hire by a moment.
        await().atMost(Duration.ofSeconds(20)).until(() -> api().post("staff1", "/api/compliance/employees/"
                + staff1 + "/acknowledgements", acknowledge).status() != 403);
        assertProblem(api().post("staff1", "/api/compliance/employees/" + staff1 + "/acknowledgements", acknowledge),
                409, "ALREADY_COMPLETED");
        assertProblem(api().post("staff1", "/api/compliance/employees/" + staff2 + "/acknowledgements", acknowledge),
                403, "FORBIDDEN");
        assertThat(api().post("hr", "/api/compliance/employees/" + staff2 + "/acknowledgements", acknowledge)
                .status()).isEqualTo(403);

        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance", "/api/compliance/employees/"
                + staff1 + "/status").json().path("acknowledgements").toString()
                .contains("\"E2E_PRIVACY\",\"version\":1,\"dueDate\":\"" + TODAY.plusDays(14)
                        + "\",\"state\":\"DONE\",\"acknowledgedOn\":\"" + TODAY + "\""));
        assertThat(api().get("hr", "/api/compliance/employees/" + staff2 + "/status").json()
                .path("acknowledgements").get(0).path("state").asText()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance", "/api/compliance/policies?size=200")
                .json().path("items").toString().contains("E2E_PRIVACY"));
    }

    @Test
    void theRiskRegisterListsTheHighestScoreFirst() {
        String low = risk("E2E low risk", 1, 2);
        String high = risk("E2E high risk", 5, 4);
        assertThat(api().post("compliance", "/api/compliance/risks",
                "{\"title\":\"x\",\"category\":\"SAFETY\",\"owner\":\"ops\"}").status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String items = api().get("compliance", "/api/compliance/risks?size=200").json().path("items").toString();
            return items.contains("\"score\":2,") && items.contains("\"score\":20,");
        });
        String items = api().get("compliance", "/api/compliance/risks?size=200").json().path("items").toString();
        assertThat(items.indexOf(high)).isLessThan(items.indexOf(low));
        Api.Response closed = api().post("legal", "/api/compliance/risks/" + low + "/close",
                "{\"residualNote\":\"Accepted\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertProblem(api().post("legal", "/api/compliance/risks/" + low + "/assessments",
                "{\"likelihood\":2,\"impact\":2}"), 409, "RISK_CLOSED");
    }

    @Test
    void badInputIsRefusedWithAProblemAndAppendsNothing() {
        String staff2 = employee("staff2");
        String supplier = supplier();
        long before = storedEvents();
        assertProblem(api().post("legal", "/api/legal/contracts", """
                {"kind":"SUPPLIER","counterpartyId":"%s","title":"Backwards","startDate":"2026-05-01",
                 "endDate":"2026-04-01"}""".formatted(supplier)), 400, "INVALID_INPUT");
        assertProblem(api().post("legal", "/api/legal/contracts", """
                {"kind":"SUPPLIER","counterpartyId":"sup-1","startDate":"2026-05-01"}"""), 400, "INVALID_INPUT");
        assertProblem(api().post("legal", "/api/legal/contracts", """
                {"kind":"NOT_A_KIND","counterpartyId":"sup-1","title":"x","startDate":"2026-05-01"}"""),
                400, "MALFORMED_REQUEST");
        assertProblem(api().post("legal", "/api/legal/cases", "{\"kind\":\"LITIGATION\",\"subject\":\"\"}"),
                400, "INVALID_INPUT");
        assertProblem(api().post("hr", "/api/compliance/employees/" + staff2 + "/trainings",
                "{\"trainingCode\":\"fire safety\",\"dueDate\":\"2026-05-01\"}"), 400, "INVALID_INPUT");
        assertProblem(api().post("hr", "/api/compliance/employees/" + staff2 + "/acknowledgement-requests",
                "{\"policyCode\":\"E2E_PRIVACY\",\"version\":0,\"dueDate\":\"2026-05-01\"}"), 400, "INVALID_INPUT");
        assertProblem(api().post("legal", "/api/compliance/risks",
                "{\"title\":\"x\",\"category\":\"safety\",\"owner\":\"ops\"}"), 400, "INVALID_INPUT");
        assertProblem(api().get("legal", "/api/legal/contracts/expiring?on=yesterday"), 400, "INVALID_INPUT");
        assertProblem(api().get("legal", "/api/legal/contracts/expiring?within=-1"), 400, "INVALID_INPUT");
        assertProblem(api().get("legal", "/api/legal/contracts/no-such-contract"), 404, "NOT_FOUND");
        assertProblem(api().post("legal", "/api/legal/contracts/no-such-contract/sign",
                "{\"signedOn\":\"2026-05-01\"}"), 404, "NOT_FOUND");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private String risk(String title, int likelihood, int impact) {
        Api.Response identified = api().post("legal", "/api/compliance/risks",
                "{\"title\":\"" + title + "\",\"category\":\"SAFETY\",\"owner\":\"ops\"}");
        assertThat(identified.status()).as(identified.body()).isEqualTo(201);
        String id = identified.json().get("riskId").asText();
        Api.Response assessed = api().post("legal", "/api/compliance/risks/" + id + "/assessments",
                "{\"likelihood\":" + likelihood + ",\"impact\":" + impact + "}");
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        return id;
    }

    private String supplier() {
        Api.Response registered = api().post("ops", "/api/purchasing/suppliers",
                "{\"name\":\"Cleaners Ltd\",\"contactEmail\":\"ops@cleaners.example\",\"currency\":\"JPY\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("supplierId").asText();
    }
}
