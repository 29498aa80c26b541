package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ids of the wrong kind: an id a client chooses for something new may not be one the store already holds for
 * another kind of record (it would collide with that record's events), an id in a path that names a record of
 * another kind is unknown (404, not a 500), and a reference in a body must name a record of the kind it stands
 * for (422 with a code naming the kind).
 */
class AggregateKindsEndToEndTest extends EmbeddedStackTest {

    @Test
    void aShiftIdThatIsAnEmployeesIdIsRefusedAndTheScheduleKeepsWorking() {
        String employee = employee("KIND-1");
        String schedule = publishedSchedule();

        long before = storedEvents();
        Api.Response taken = api().post("manager", schedule + "/shifts", """
                {"shiftId":"%s","start":"2030-01-15T09:00","end":"2030-01-15T17:00","position":"Clerk",
                 "requiredHeadcount":1}""".formatted(employee));
        assertProblem(taken, 409, "ID_IN_USE");
        assertThat(storedEvents()).isEqualTo(before);

        // A later shift of the same schedule opens its attendance: nothing queues behind a dead letter.
        Api.Response added = api().post("manager", schedule + "/shifts", """
                {"start":"2030-01-16T09:00","end":"2030-01-16T17:00","position":"Clerk","requiredHeadcount":1}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String shift = added.json().get("shiftId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("compliance", "/api/audit/events?aggregateId="
                + shift).body().contains("ShiftAttendanceOpenedEvent"));
        assertThat(api().get("admin", "/api/operations/dead-letters/shift-attendance-policy").body())
                .doesNotContain(employee);
    }

    @Test
    void aShiftIdShapedLikeAnIdTheSystemDerivesIsRefused() {
        String schedule = publishedSchedule();
        long before = storedEvents();
        // an accounting period, a budget, and an employee's leave account
        for (String id : new String[] {"2030-01", "Sales-2030-01", "leave-" + UUID.randomUUID()}) {
            assertProblem(api().post("manager", schedule + "/shifts", """
                    {"shiftId":"%s","start":"2030-01-15T09:00","end":"2030-01-15T17:00","position":"Clerk",
                     "requiredHeadcount":1}""".formatted(id)), 409, "ID_IN_USE");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPathIdOfAnotherKindIsUnknown() {
        String item = stockItem("KIND-P");
        long before = storedEvents();
        assertProblem(post("payroll", "/api/payroll/runs/" + item + "/calculate"), 404, "NOT_FOUND");
        assertProblem(post("payroll", "/api/payroll/runs/" + item + "/approve"), 404, "NOT_FOUND");
        assertProblem(post("manager", "/api/workforce/schedules/" + item + "/publish"), 404, "NOT_FOUND");
        assertProblem(api().post("hr", "/api/hr/employees/" + item + "/terminate",
                "{\"reason\":\"RESIGNATION\",\"lastDay\":\"2030-01-31\"}"), 404, "NOT_FOUND");
        assertProblem(api().post("it", "/api/it/employees/" + item + "/accounts/provision",
                "{\"system\":\"mail\"}"), 404, "NOT_FOUND");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /**
     * Every command without a body that the API describes, its path ids all a warehouse's (no command addresses a
     * warehouse by path), sent by a role the role matrix lets through: each is a 404 (a period is a month, so a
     * warehouse's id is no period: 400), and nothing is appended.
     */
    @Test
    void everyCommandWithoutABodyAnswersAnIdOfAnotherKindWith404() {
        String warehouse = warehouse("KIND-ALL");
        employee("staff1");
        String claim = "/api/workforce/schedules/" + warehouse + "/shifts/" + warehouse + "/claim";
        // scheduling learns of the hire a moment later; until then it answers that it knows no such employee
        await().atMost(Duration.ofSeconds(20)).until(() -> post("staff1", claim).status() != 422);
        RoleMatrix matrix = RoleMatrix.read(RoleMatrix.CHECKED_IN);
        JsonNode paths = api().get("admin", "/v3/api-docs").json().get("paths");
        long before = storedEvents();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode post = path.getValue().path("post");
            if (post.isMissingNode() || post.has("requestBody") || !path.getKey().contains("{")) {
                continue;
            }
            String role = matrix.allowed().get("POST " + path.getKey()).stream().findFirst().orElseThrow();
            Api.Response response = post(RoleMatrix.ACCOUNTS.get(role),
                    path.getKey().replaceAll("\\{[^}]+}", warehouse));
            checked++;
            int expected = path.getKey().startsWith("/api/finance/periods/") ? 400 : 404;
            if (response.status() != expected || !response.json().hasNonNull("code")) {
                failures.add(role + " POST " + path.getKey() + " : " + response.status() + " " + response.body());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(15);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPurchaseOrderNamingRecordsOfTheWrongKindIs422WithTheKind() {
        String employee = employee("KIND-2");
        String supplier = supplier();
        String item = stockItem("KIND-PO");
        String warehouse = warehouse("KIND-PO");
        long before = storedEvents();
        assertProblem(api().post("ops", "/api/purchasing/orders", order(employee, employee, employee)),
                422, "UNKNOWN_SUPPLIER");
        assertProblem(api().post("ops", "/api/purchasing/orders", order(supplier, employee, warehouse)),
                422, "UNKNOWN_STOCK_ITEM");
        assertProblem(api().post("ops", "/api/purchasing/orders", order(supplier, item, employee)),
                422, "UNKNOWN_WAREHOUSE");
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response drafted = api().post("ops", "/api/purchasing/orders", order(supplier, item, warehouse));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    }

    @Test
    void otherReferencesInBodiesAreCheckedAgainstTheirKind() {
        String item = stockItem("KIND-R");
        String warehouse = warehouse("KIND-R");
        long before = storedEvents();
        assertProblem(api().post("ops", "/api/shipping/shipments", """
                {"orderReference":"SO-1","warehouseId":"%s","lines":[{"itemId":"%s","quantity":"1"}]}"""
                .formatted(item, item)), 422, "UNKNOWN_WAREHOUSE");
        assertProblem(api().post("ops", "/api/shipping/shipments", """
                {"orderReference":"SO-1","warehouseId":"%s","lines":[{"itemId":"%s","quantity":"1"}]}"""
                .formatted(warehouse, warehouse)), 422, "UNKNOWN_STOCK_ITEM");
        assertProblem(api().post("ops", "/api/inventory/items/" + item + "/reorder-policies", """
                {"warehouseId":"%s","reorderLevel":"5","reorderQuantity":"10","supplierId":"%s"}"""
                .formatted(warehouse, item)), 422, "UNKNOWN_SUPPLIER");
        assertProblem(api().post("legal", "/api/legal/contracts", """
                {"kind":"SUPPLIER","counterpartyId":"%s","title":"Supply","startDate":"2030-01-01"}"""
                .formatted(item)), 422, "UNKNOWN_SUPPLIER");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private Api.Response post(String user, String path) {
        return api().send(api().request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private String publishedSchedule() {
        Api.Response created = api().post("manager", "/api/workforce/schedules", """
                {"location":"Kinds %s","team":"Floor","firstDay":"2030-01-01","lastDay":"2030-01-31",
                 "timeZone":"UTC"}""".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String schedule = "/api/workforce/schedules/" + created.json().get("scheduleId").asText();
        assertThat(post("manager", schedule + "/publish").status()).isEqualTo(200);
        return schedule;
    }

    private String stockItem(String prefix) {
        Api.Response created = api().post("ops", "/api/inventory/items", "{\"sku\":\"" + prefix + "-"
                + UUID.randomUUID() + "\",\"name\":\"Widget\",\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String warehouse(String prefix) {
        Api.Response created = api().post("ops", "/api/inventory/warehouses", "{\"code\":\"" + prefix + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Kinds\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String supplier() {
        Api.Response created = api().post("ops", "/api/purchasing/suppliers",
                "{\"name\":\"Kinds Ltd\",\"contactEmail\":\"sales@kinds.example\",\"currency\":\"EUR\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("supplierId").asText();
    }

    private static String order(String supplier, String item, String warehouse) {
        return """
                {"supplierId":"%s","lines":[{"itemId":"%s","warehouseId":"%s","quantity":"10",
                 "unitCost":{"amount":"2.50","currency":"EUR"}}]}""".formatted(supplier, item, warehouse);
    }
}
