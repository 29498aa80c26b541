package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The processes that cross departments, over HTTP: one hire sets legal, IT, compliance and payroll in motion, and the
 * whole onboarding is one trail in the audit log; a step not done in time is escalated; a seasonal batch's temporary
 * staff are terminated and offboarded when their contracts end.
 *
 * <p>The shared stack gives the contract signature a few seconds instead of a week, so the escalation shows here.
 */
class ProcessesEndToEndTest extends EmbeddedStackTest {

    JsonNode awaitProcess(String kind, String employeeId, java.util.function.Predicate<JsonNode> until) {
        String path = "/api/processes/" + kind + "/" + employeeId;
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Api.Response response = api().get("hr", path);
            return response.status() == 200 && until.test(response.json());
        });
        return api().get("hr", path).json();
    }

    static JsonNode step(JsonNode process, String step) {
        for (JsonNode s : process.path("steps")) {
            if (step.equals(s.path("step").asText())) {
                return s;
            }
        }
        throw new AssertionError("no step " + step + " in " + process);
    }

    List<String> eventTypesOf(String correlationId) {
        JsonNode items = api().get("compliance", "/api/audit/events?size=200&correlationId=" + correlationId).json()
                .path("items");
        List<String> types = new ArrayList<>();
        items.forEach(item -> types.add(item.path("eventType").asText()));
        return types;
    }

    /** A new joiner: first day today (older hires are employments taken over, which start no onboarding). */
    String hireToday(String employeeNumber) {
        Api.Response created = api().post("hr", "/api/hr/employees",
                Api.hireJson(employeeNumber).replace("2026-04-01", LocalDate.now().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("employeeId").asText();
    }

    @Test
    void oneHireSetsEveryDepartmentInMotionUnderOneCorrelationId() {
        String id = hireToday("ONB-1");
        JsonNode drafted = awaitProcess("ONBOARDING", id, p -> step(p, "CONTRACT_DRAFTED").path("done").asBoolean());
        String correlation = drafted.path("correlationId").asText();
        assertThat(correlation).isNotBlank();
        assertThat(drafted.path("employeeNumber").asText()).isEqualTo("ONB-1");

        // Legal records the signature; IT hands over a laptop. Both are people's acts with their own requests.
        Api.Response signed = api().post("legal", "/api/legal/contracts/employment-" + id + "/sign",
                "{\"signedOn\":\"" + LocalDate.now() + "\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        Api.Response laptop = api().post("it", "/api/it/assets",
                "{\"assetType\":\"LAPTOP\",\"serialNumber\":\"ONB-1-LT\",\"model\":\"ThinkPad X1\"}");
        assertThat(laptop.status()).as(laptop.body()).isEqualTo(201);
        String laptopId = laptop.json().get("assetId").asText();
        assertThat(api().post("it", "/api/it/assets/" + laptopId + "/assign",
                "{\"employeeId\":\"" + id + "\",\"assignedOn\":\"" + LocalDate.now() + "\"}").status())
                .isEqualTo(200);

        JsonNode done = awaitProcess("ONBOARDING", id, p -> "COMPLETED".equals(p.path("status").asText()));
        assertThat(done.path("steps")).allMatch(s -> s.path("done").asBoolean());
        assertThat(step(done, "ACCOUNTS_PROVISIONED").path("note").asText()).isEqualTo("Accounts on email, sso");

        // Every department's record of it, and all of it under the hire's correlation id.
        await().atMost(Duration.ofSeconds(60)).until(() -> eventTypesOf(correlation)
                .contains("EmployeeProcessCompletedEvent"));
        assertThat(eventTypesOf(correlation)).contains("EmployeeHiredEvent", "EmployeeProcessStartedEvent",
                "ContractDraftedEvent", "SystemAccountProvisionedEvent", "TrainingAssignedEvent",
                "EmployeeEnrolledInPayrollEvent", "ProcessStepCompletedEvent", "EmployeeProcessCompletedEvent");
        assertThat(eventTypesOf(correlation).stream().filter("TrainingAssignedEvent"::equals)).hasSize(3);
        assertThat(eventTypesOf(correlation).stream().filter("SystemAccountProvisionedEvent"::equals)).hasSize(2);
        assertThat(api().get("compliance", "/api/processes?kind=ONBOARDING&status=COMPLETED&size=100").json()
                .path("items").findValuesAsText("employeeId")).contains(id);
    }

    @Test
    void anUnsignedContractIsEscalatedNotForgotten() {
        String id = hireToday("ONB-2");
        JsonNode escalated = awaitProcess("ONBOARDING", id, p -> "ESCALATED".equals(p.path("status").asText()));
        assertThat(step(escalated, "CONTRACT_SIGNED").path("escalation").asText())
                .isEqualTo("Employment contract employment-" + id + " still unsigned");
        assertThat(step(escalated, "CONTRACT_SIGNED").path("done").asBoolean()).isFalse();
        assertThat(api().get("compliance", "/api/processes?status=ESCALATED&size=100").json().path("items")
                .findValuesAsText("employeeId")).contains(id);
    }

    @Test
    void anEmploymentTakenOverMonthsAfterItBeganIsNotOnboarded() {
        String id = hire("ONB-OLD"); // first day 2026-04-01
        awaitEmployee(id, "hr");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                api().get("hr", "/api/processes/ONBOARDING/" + id).status() == 404);
    }

    @Test
    void aSeasonalBatchIsHiredTogetherAndOffboardedWhenItsContractsEnd() {
        String batch = """
                {"season":"summer-2026","hires":[
                 {"employeeNumber":"SEAS-1","givenName":"Ken","familyName":"Ito","email":"ken@example.com",
                  "department":"Warehouse","position":"Picker","hireDate":"2026-06-01","contractEndDate":"2026-08-31",
                  "monthlySalary":{"amount":"250000","currency":"JPY"}},
                 {"employeeNumber":"SEAS-2","givenName":"Mei","familyName":"Abe","email":"mei@example.com",
                  "department":"Warehouse","position":"Packer","hireDate":"2026-06-01",
                  "contractEndDate":"2027-08-31","monthlySalary":{"amount":"250000","currency":"JPY"}}]}""";
        Api.Response hired = api().post("hr", "/api/hr/seasonal-hires", batch);
        assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        assertThat(hired.json().path("hired")).hasSize(2);
        String correlation = hired.json().path("correlationId").asText();
        String ended = hired.json().path("hired").get(0).path("employeeId").asText();
        String running = hired.json().path("hired").get(1).path("employeeId").asText();

        // SEAS-1's contract ended in the past: terminated at the scheduler's next poll, then offboarded.
        await().atMost(Duration.ofSeconds(60)).until(() -> "TERMINATED".equals(
                api().get("hr", "/api/hr/employees/" + ended).json().path("status").asText()));
        JsonNode offboarding = awaitProcess("OFFBOARDING", ended, p -> step(p, "ACCOUNTS_REVOKED").path("done")
                .asBoolean() && step(p, "ASSETS_RETURNED").path("done").asBoolean());
        assertThat(offboarding.path("keyDate").asText()).isEqualTo("2026-08-31");
        assertThat(step(offboarding, "FINAL_PAY").path("done").asBoolean()).as("paid in a later run").isFalse();
        assertThat(api().get("hr", "/api/hr/employees/" + running).json().path("status").asText())
                .isEqualTo("ACTIVE");

        // The season is one trail: both hires, the contract end and the offboarding.
        await().atMost(Duration.ofSeconds(60)).until(() -> eventTypesOf(correlation)
                .contains("EmployeeTerminatedEvent"));
        assertThat(eventTypesOf(correlation).stream().filter("EmployeeHiredEvent"::equals)).hasSize(2);
        assertThat(eventTypesOf(correlation)).contains("EmployeeTerminatedEvent", "EmployeeProcessStartedEvent");
        SystemAttribution.assertMadeBySystem(api(), ended, "EmployeeTerminatedEvent", "EmployeeHiredEvent");
    }

    @Test
    void anOnboardingOutlivedByItsSeasonalContractIsCancelled() {
        // a seasonal worker recorded late: first day five days ago, contract already over yesterday
        LocalDate today = LocalDate.now();
        Api.Response created = api().post("hr", "/api/hr/employees", Api.hireJson("ONB-SEAS")
                .replace("\"PERMANENT\"", "\"TEMPORARY\",\"contractEndDate\":\"" + today.minusDays(1) + "\"")
                .replace("2026-04-01", today.minusDays(5).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("employeeId").asText();

        JsonNode cancelled = awaitProcess("ONBOARDING", id, p -> "CANCELLED".equals(p.path("status").asText()));
        assertThat(cancelled.path("completedAt").asText()).isNotBlank();
        assertThat(step(cancelled, "CONTRACT_SIGNED").path("done").asBoolean()).isFalse();
        assertThat(api().get("hr", "/api/processes?kind=ONBOARDING&status=CANCELLED&size=200").json().path("items")
                .findValuesAsText("employeeId")).contains(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("compliance",
                "/api/audit/events?aggregateId=onboarding-" + id).json().path("items")
                .findValuesAsText("eventType").contains("EmployeeProcessCancelledEvent"));
    }

    @Test
    void aBatchWithABadRowHiresNoOneAndARefusedRowDoesNotStopTheOthers() {
        long before = storedEvents();
        String twice = """
                {"season":"winter","hires":[
                 {"employeeNumber":"SEAS-9","givenName":"A","familyName":"B","email":"a@example.com",
                  "department":"Shop","position":"Clerk","hireDate":"2026-12-01","contractEndDate":"2027-01-31",
                  "monthlySalary":{"amount":"200000","currency":"JPY"}},
                 {"employeeNumber":"SEAS-9","givenName":"C","familyName":"D","email":"c@example.com",
                  "department":"Shop","position":"Clerk","hireDate":"2026-12-01","contractEndDate":"2026-11-30",
                  "monthlySalary":{"amount":"200000","currency":"JPY"}}]}""";
        assertProblem(api().post("hr", "/api/hr/seasonal-hires", twice), 400, "INVALID_INPUT");
        assertProblem(api().post("hr", "/api/hr/seasonal-hires", "{\"season\":\"x\",\"hires\":[]}"), 400,
                "INVALID_INPUT");
        assertProblem(api().post("analyst", "/api/hr/seasonal-hires", twice), 403, "FORBIDDEN");
        assertThat(storedEvents()).isEqualTo(before);

        employee("SEAS-TAKEN");
        String oneTaken = """
                {"season":"winter","hires":[
                 {"employeeNumber":"SEAS-TAKEN","givenName":"A","familyName":"B","email":"a@example.com",
                  "department":"Shop","position":"Clerk","hireDate":"2026-12-01","contractEndDate":"2027-01-31",
                  "monthlySalary":{"amount":"200000","currency":"JPY"}},
                 {"employeeNumber":"SEAS-10","givenName":"C","familyName":"D","email":"c@example.com",
                  "department":"Shop","position":"Clerk","hireDate":"2026-12-01","contractEndDate":"2027-01-31",
                  "monthlySalary":{"amount":"200000","currency":"JPY"}}]}""";
        Api.Response partly = api().post("hr", "/api/hr/seasonal-hires", oneTaken);
        assertThat(partly.status()).as(partly.body()).isEqualTo(201);
        assertThat(partly.json().path("hired").findValuesAsText("employeeNumber")).containsExactly("SEAS-10");
        assertThat(partly.json().path("refused").get(0).path("code").asText()).isEqualTo("DUPLICATE_EMPLOYEE_NUMBER");
    }
}
