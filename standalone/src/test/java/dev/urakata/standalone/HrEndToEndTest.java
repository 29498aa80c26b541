package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The HR walking skeleton over real HTTP on the embedded stack: command, projections, audit, roles, conflicts. */
class HrEndToEndTest extends EmbeddedStackTest {

    @Test
    void aHireShowsInTheDirectoryAndInTheAuditTrailUnderTheUserWhoDidIt() {
        Api.Response created = api().post("hr", "/api/hr/employees", Api.hireJson("E-100"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("employeeId").asText();
        assertThat(created.location()).isEqualTo("/api/hr/employees/" + id);

        JsonNode employee = awaitEmployee(id, "hr");
        assertThat(employee.get("employeeNumber").asText()).isEqualTo("E-100");
        assertThat(employee.get("familyName").asText()).isEqualTo("Tanaka");
        assertThat(employee.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(employee.get("currentSalary").get("amount").asText()).isEqualTo("350000");
        assertThat(employee.get("currentSalary").get("currency").asText()).isEqualTo("JPY");

        JsonNode list = api().get("payroll", "/api/hr/employees?department=Operations&name=tana&size=200").json();
        assertThat(list.get("items").findValuesAsText("employeeId")).contains(id);
        assertThat(list.get("size").asInt()).isEqualTo(200);

        JsonNode entry = auditOf(id, 1).get("items").get(0);
        assertThat(entry.get("eventType").asText()).isEqualTo("EmployeeHiredEvent");
        assertThat(entry.get("aggregateType").asText()).isEqualTo("Employee");
        assertThat(entry.get("aggregateId").asText()).isEqualTo(id);
        assertThat(entry.get("sequence").asLong()).isZero();
        assertThat(entry.get("globalPosition").asLong()).isPositive();
        assertThat(entry.get("user").asText()).isEqualTo("hr");
        assertThat(entry.get("correlationId").asText()).isNotBlank();
        assertThat(entry.get("causationId").asText()).isNotBlank();
        assertThat(entry.get("timestamp").asText()).endsWith("Z");
        assertThat(entry.get("payload").get("employeeNumber").asText()).isEqualTo("E-100");
        assertThat(entry.get("payload").get("monthlySalary").get("amount").asText()).isEqualTo("350000");

        JsonNode byUser = api().get("compliance", "/api/audit/events?user=hr&type=EmployeeHiredEvent&size=200").json();
        assertThat(byUser.get("items").findValuesAsText("aggregateId")).contains(id);
        // One business transaction: the hire, and the leave account a policy opened for it a moment later.
        String correlation = "/api/audit/events?correlationId=" + entry.get("correlationId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("compliance", correlation).json().path("total").asInt() == 2);
        assertThat(api().get("compliance", correlation).json().get("items").findValuesAsText("eventType"))
                .containsExactlyInAnyOrder("EmployeeHiredEvent", "LeaveAccountOpenedEvent");
        JsonNode future = api().get("compliance", "/api/audit/events?aggregateId=" + id
                + "&from=2999-01-01T00:00:00Z").json();
        assertThat(future.get("total").asInt()).isZero();
    }

    @Test
    void theWholeLifecycleIsRecordedAndATerminatedEmployeeAcceptsNoMoreChanges() {
        String id = hire("E-200");
        String base = "/api/hr/employees/" + id;
        assertThat(api().post("hr", base + "/salary-changes", """
                {"monthlySalary":{"amount":"380000","currency":"JPY"},"effectiveDate":"2026-06-01",
                 "reason":"annual review"}""").status()).isEqualTo(200);
        assertThat(api().post("hr", base + "/position-changes", """
                {"department":"Logistics","position":"Team lead","effectiveDate":"2026-07-01"}""").status())
                .isEqualTo(200);
        assertThat(api().post("hr", base + "/performance-reviews", """
                {"reviewDate":"2026-09-30","rating":4,"reviewer":"M. Sato","summary":"Reliable"}""").status())
                .isEqualTo(200);
        assertThat(api().post("hr", base + "/benefit-enrolments", """
                {"benefitPlan":"HEALTH-STANDARD","effectiveDate":"2026-05-01"}""").status()).isEqualTo(200);
        assertThat(api().post("hr", base + "/terminate", """
                {"reason":"RESIGNATION","lastDay":"2026-12-31","note":"moving abroad"}""").status()).isEqualTo(200);

        JsonNode trail = auditOf(id, 6);
        assertThat(trail.get("items").findValuesAsText("eventType")).containsExactly("EmployeeHiredEvent",
                "EmployeeSalaryChangedEvent", "EmployeePositionChangedEvent", "PerformanceReviewRecordedEvent",
                "EmployeeEnrolledInBenefitsEvent", "EmployeeTerminatedEvent");
        assertThat(trail.get("items").findValuesAsText("user")).containsOnly("hr");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "TERMINATED".equals(api().get("hr", base).json().path("status").asText()));
        JsonNode employee = api().get("hr", base).json();
        assertThat(employee.get("department").asText()).isEqualTo("Logistics");
        assertThat(employee.get("salaryHistory")).hasSize(2);
        assertThat(employee.get("salaryHistory").get(1).get("monthlySalary").get("amount").asText()).isEqualTo("380000");
        assertThat(employee.get("positionHistory")).hasSize(2);
        assertThat(employee.get("reviews").get(0).get("rating").asInt()).isEqualTo(4);
        assertThat(employee.get("benefitPlans").get(0).asText()).isEqualTo("HEALTH-STANDARD");
        assertThat(employee.get("lastDay").asText()).isEqualTo("2026-12-31");

        long before = storedEvents();
        Api.Response refused = api().post("hr", base + "/salary-changes", """
                {"monthlySalary":{"amount":"400000","currency":"JPY"},"effectiveDate":"2026-10-01"}""");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("EMPLOYEE_TERMINATED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theDirectoryListAnswersAsOfAPastInstantWithItsFiltersAppliedToThatState() {
        String department = "AsOf-" + UUID.randomUUID().toString().substring(0, 8);
        String elsewhere = department + "-moved";
        Instant beforeHire = Instant.now();
        Api.Response created = api().post("hr", "/api/hr/employees", Api.hireJson("E-ASOF-1")
                .replace("\"Operations\"", "\"" + department + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("employeeId").asText();
        String inDepartment = "/api/hr/employees?department=" + department;
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("hr", inDepartment).json().path("total").asInt() == 1);
        Instant afterHire = Instant.now();
        assertThat(api().post("hr", "/api/hr/employees/" + id + "/position-changes", """
                {"department":"%s","position":"Clerk","effectiveDate":"2026-07-01"}""".formatted(elsewhere))
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("hr", inDepartment).json().path("total").asInt() == 0);

        JsonNode then = api().get("compliance", inDepartment + "&asOf=" + afterHire).json();
        assertThat(then.get("total").asInt()).isEqualTo(1);
        assertThat(then.get("items").get(0).get("employeeId").asText()).isEqualTo(id);
        assertThat(then.get("items").get(0).get("department").asText()).isEqualTo(department);
        assertThat(api().get("hr", "/api/hr/employees?department=" + elsewhere + "&asOf=" + afterHire).json()
                .get("total").asInt()).isZero();
        assertThat(api().get("hr", "/api/hr/employees?department=" + elsewhere).json().get("total").asInt())
                .isEqualTo(1);
        assertThat(api().get("hr", inDepartment + "&asOf=" + beforeHire).json().get("total").asInt()).isZero();
        BadInputEndToEndTest.assertProblem(api().get("hr", inDepartment + "&asOf=yesterday"), 400, "INVALID_INPUT");
    }

    @Test
    void aComplianceOfficerStepsThroughAnEmployeesHistoryWithTheStateAfterEachEvent() {
        String id = hire("E-250");
        String base = "/api/hr/employees/" + id;
        assertThat(api().post("hr", base + "/salary-changes", """
                {"monthlySalary":{"amount":"380000","currency":"JPY"},"effectiveDate":"2026-06-01"}""").status())
                .isEqualTo(200);
        assertThat(api().post("admin", base + "/terminate", """
                {"reason":"RETIREMENT","lastDay":"2026-12-31"}""").status()).isEqualTo(200);

        JsonNode timeline = api().get("compliance", "/api/audit/aggregates/Employee/" + id + "/timeline").json();
        JsonNode steps = timeline.get("steps");
        assertThat(steps.findValuesAsText("eventType")).containsExactly("EmployeeHiredEvent",
                "EmployeeSalaryChangedEvent", "EmployeeTerminatedEvent");
        assertThat(steps.findValuesAsText("user")).containsExactly("hr", "hr", "admin");
        assertThat(steps.get(0).get("stateAfter").get("monthlySalary").get("amount").asText()).isEqualTo("350000");
        assertThat(steps.get(1).get("stateAfter").get("monthlySalary").get("amount").asText()).isEqualTo("380000");
        assertThat(steps.get(1).get("stateAfter").get("terminated").asBoolean()).isFalse();
        assertThat(steps.get(2).get("stateAfter").get("terminated").asBoolean()).isTrue();
        assertThat(timeline.get("state").get("terminated").asBoolean()).isTrue();

        // As of a sequence number: the state then.
        JsonNode asOf = api().get("compliance", "/api/audit/aggregates/Employee/" + id + "/timeline?asOfSequence=1")
                .json();
        assertThat(asOf.get("steps")).hasSize(2);
        assertThat(asOf.get("state").get("terminated").asBoolean()).isFalse();
        assertThat(asOf.get("state").get("monthlySalary").get("amount").asText()).isEqualTo("380000");

        assertThat(api().get("compliance", "/api/audit/aggregates/Employee/nobody/timeline").status()).isEqualTo(404);
        assertThat(api().get("compliance", "/api/audit/aggregates/Nothing/" + id + "/timeline").status())
                .isEqualTo(404);
        assertThat(api().get("hr", "/api/audit/aggregates/Employee/" + id + "/timeline").status()).isEqualTo(403);
    }

    @Test
    void aTerminationBeforeTheHireDateIsRefusedWith422() {
        String id = hire("E-300");
        long before = storedEvents();
        Api.Response refused = api().post("hr", "/api/hr/employees/" + id + "/terminate", """
                {"reason":"DISMISSAL","lastDay":"2026-03-31"}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("TERMINATION_BEFORE_HIRE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDuplicateEmployeeNumberIsRefusedWith409() {
        hire("E-400");
        long before = storedEvents();
        Api.Response duplicate = api().post("hr", "/api/hr/employees", Api.hireJson("E-400"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asText()).isEqualTo("DUPLICATE_EMPLOYEE_NUMBER");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResultAndAppendsNothing() {
        String key = UUID.randomUUID().toString();
        Api.Response first = api().post("hr", "/api/hr/employees", Api.hireJson("E-500"), key);
        assertThat(first.status()).isEqualTo(201);
        long after = storedEvents();

        Api.Response retry = api().post("hr", "/api/hr/employees", Api.hireJson("E-500"), key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("employeeId").asText()).isEqualTo(first.json().get("employeeId").asText());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(storedEvents()).isEqualTo(after);

        Api.Response reused = api().post("hr", "/api/hr/employees", Api.hireJson("E-501"), key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        // Keys belong to their user: the same key from another user is a different request.
        Api.Response otherUser = api().post("admin", "/api/hr/employees", Api.hireJson("E-502"), key);
        assertThat(otherUser.status()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(after + 1);
    }

    /**
     * Idempotency is one filter for every command request: a change (not only a create) is answered again, the same
     * body in another layout is the same request, and an answer that was an error keeps no record of the key.
     */
    @Test
    void aRetriedChangeIsAnsweredAgainAndARefusedRequestLeavesItsKeyFree() {
        String id = hire("E-510");
        String path = "/api/hr/employees/" + id + "/salary-changes";
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        Api.Response first = api().post("hr", path, """
                {"monthlySalary":{"amount":"390000","currency":"JPY"},"effectiveDate":"2026-06-01","reason":"review"}""",
                key);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response retry = api().post("hr", path, """
                { "reason": "review", "effectiveDate": "2026-06-01",
                  "monthlySalary": { "currency": "JPY", "amount": "390000" } }""", key);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(storedEvents()).isEqualTo(before + 1);

        String second = UUID.randomUUID().toString();
        Api.Response refused = api().post("hr", path, """
                {"effectiveDate":"2026-07-01","reason":"no amount"}""", second);
        assertThat(refused.status()).isEqualTo(400);
        Api.Response fixed = api().post("hr", path, """
                {"monthlySalary":{"amount":"395000","currency":"JPY"},"effectiveDate":"2026-07-01","reason":"fixed"}""",
                second);
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    /** Every command operation of the OpenAPI document declares the optional header, so generated clients offer it. */
    @Test
    void theApiDocumentOffersTheIdempotencyKeyOnEveryCommandOperation() {
        JsonNode paths = api().get("admin", "/v3/api-docs").json().get("paths");
        List<String> hrCommandsWithoutKey = new ArrayList<>();
        int withKey = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("post", "put", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                if (operation.path("parameters").findValuesAsText("name").contains("Idempotency-Key")) {
                    withKey++;
                } else if (path.getKey().startsWith("/api/hr/")) {
                    hrCommandsWithoutKey.add(method + " " + path.getKey());
                }
            }
        }
        assertThat(hrCommandsWithoutKey).isEmpty();
        assertThat(withKey).isGreaterThanOrEqualTo(100);
    }

    @Test
    void concurrentConflictingCommandsLetExactlyOneWinAndTheOthersGet409() throws Exception {
        String id = hire("E-600");
        long before = storedEvents();
        List<Integer> terminations = concurrently(8, () -> api().post("hr", "/api/hr/employees/" + id + "/terminate",
                "{\"reason\":\"RESIGNATION\",\"lastDay\":\"2026-12-31\"}").status());
        assertThat(terminations).filteredOn(s -> s == 200).hasSize(1);
        assertThat(terminations).filteredOn(s -> s == 409).hasSize(7);
        assertThat(storedEvents()).isEqualTo(before + 1);

        List<Integer> hires = concurrently(8, () ->
                api().post("hr", "/api/hr/employees", Api.hireJson("E-601")).status());
        assertThat(hires).filteredOn(s -> s == 201).hasSize(1);
        assertThat(hires).filteredOn(s -> s == 409).hasSize(7);
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    private static List<Integer> concurrently(int callers, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
