package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.urakata.standalone.BadInputEndToEndTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stock over real HTTP: movements, valuation, the ledger, as-of positions, low stock, roles and a burst of issues. */
class InventoryEndToEndTest extends EmbeddedStackTest {

    String warehouse(String code) {
        Api.Response created = api().post("ops", "/api/inventory/warehouses",
                "{\"code\":\"" + code + "\",\"name\":\"Warehouse " + code + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    String item(String sku) {
        Api.Response created = api().post("ops", "/api/inventory/items",
                "{\"sku\":\"" + sku + "\",\"name\":\"Widget\",\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/inventory/items/" + created.json().get("id").asText());
        return created.json().get("id").asText();
    }

    Api.Response receive(String item, String warehouse, String quantity, String unitCost) {
        return api().post("ops", "/api/inventory/items/" + item + "/receipts", "{\"warehouseId\":\"" + warehouse
                + "\",\"quantity\":\"" + quantity + "\",\"unitCost\":{\"amount\":\"" + unitCost
                + "\",\"currency\":\"EUR\"},\"reference\":\"delivery\"}");
    }

    Api.Response issue(String item, String warehouse, String quantity) {
        return api().post("ops", "/api/inventory/items/" + item + "/issues", "{\"warehouseId\":\"" + warehouse
                + "\",\"quantity\":\"" + quantity + "\",\"reference\":\"order\"}");
    }

    JsonNode level(String item, String warehouse) {
        JsonNode items = api().get("analyst", "/api/inventory/stock?itemId=" + item + "&warehouseId=" + warehouse)
                .json().get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    @Test
    void movementsAreValuedExactlyAndTheLedgerAndPastPositionsAgreeWithTheLevels() throws Exception {
        String tokyo = warehouse("E2E-TYO");
        String osaka = warehouse("E2E-OSA");
        String widget = item("E2E-WIDGET");

        assertThat(receive(widget, tokyo, "10", "2.00").status()).isEqualTo(200);
        assertThat(receive(widget, tokyo, "5", "3.10").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode level = level(widget, tokyo);
            return level != null && "35.50".equals(level.get("value").get("amount").asText());
        });
        Instant afterReceipts = Instant.now();
        Thread.sleep(20);

        Api.Response issued = issue(widget, tokyo, "4");
        assertThat(issued.status()).isEqualTo(200);
        Api.Response dispatched = api().post("ops", "/api/inventory/items/" + widget + "/transfers",
                "{\"fromWarehouseId\":\"" + tokyo + "\",\"toWarehouseId\":\"" + osaka + "\",\"quantity\":\"6\"}");
        assertThat(dispatched.status()).isEqualTo(200);
        String transfer = dispatched.json().get("movementId").asText();
        assertThat(api().send(api().request("ops", "/api/inventory/items/" + widget + "/transfers/" + transfer
                + "/receive").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> level(widget, osaka) != null
                && "14.20".equals(level(widget, osaka).get("value").get("amount").asText()));
        JsonNode tokyoLevel = level(widget, tokyo);
        assertThat(tokyoLevel.get("onHand").decimalValue()).isEqualByComparingTo("5.000");
        assertThat(tokyoLevel.get("available").decimalValue()).isEqualByComparingTo("5.000");
        assertThat(tokyoLevel.get("value").get("amount").asText()).isEqualTo("11.83");
        assertThat(tokyoLevel.get("sku").asText()).isEqualTo("E2E-WIDGET");

        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("finance", "/api/inventory/items/" + widget
                + "/ledger").json().path("total").asInt() == 5);
        JsonNode ledger = api().get("finance", "/api/inventory/items/" + widget + "/ledger?warehouseId=" + tokyo)
                .json().get("items");
        assertThat(ledger.findValuesAsText("movementType")).containsExactly("RECEIPT", "RECEIPT", "ISSUE",
                "TRANSFER_OUT");
        assertThat(ledger.get(2).get("value").get("amount").asText()).isEqualTo("-9.47");
        assertThat(ledger.get(2).get("user").asText()).isEqualTo("ops");

        JsonNode then = api().get("compliance", "/api/inventory/stock?itemId=" + widget + "&asOf=" + afterReceipts)
                .json().get("items");
        assertThat(then).hasSize(1);
        assertThat(then.get(0).get("onHand").decimalValue()).isEqualByComparingTo("15.000");
        assertThat(then.get(0).get("value").get("amount").asText()).isEqualTo("35.50");
        JsonNode now = api().get("compliance", "/api/inventory/stock/as-of?itemId=" + widget + "&asOf="
                + Instant.now()).json().get("items");
        assertThat(now.findValues("onHand")).extracting(JsonNode::intValue).containsExactlyInAnyOrder(5, 6);
        assertThat(api().get("compliance", "/api/inventory/stock?asOf=2000-01-01").json().get("total").asInt())
                .isZero();
        assertProblem(api().get("compliance", "/api/inventory/stock?asOf=yesterday"), 400, "INVALID_INPUT");
    }

    @Test
    void aBurstOfIssuesNeverDrivesStockNegativeAndEveryLoserAppendsNothing() throws Exception {
        String warehouse = warehouse("E2E-BURST");
        String item = item("E2E-BURST-1");
        assertThat(receive(item, warehouse, "10", "1.00").status()).isEqualTo(200);
        long before = storedEvents();

        int callers = 24;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return issue(item, warehouse, "1");
                }));
            }
            start.countDown();
            for (Future<Api.Response> result : results) {
                Api.Response response = result.get();
                statuses.add(response.status());
                if (response.status() != 200) {
                    assertProblem(response, 422, "INSUFFICIENT_STOCK");
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(callers - 10);
        assertThat(storedEvents()).isEqualTo(before + 10);
        await().atMost(Duration.ofSeconds(20)).until(() -> level(item, warehouse).get("onHand").decimalValue()
                .signum() == 0);
        assertThat(level(item, warehouse).get("value").get("amount").asText()).isEqualTo("0.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("analyst", "/api/inventory/items/" + item
                + "/ledger?size=100").json().path("total").asInt() == 11);
    }

    @Test
    void aReorderPolicyPutsAShortItemOnTheLowStockList() {
        String warehouse = warehouse("E2E-LOW");
        String item = item("E2E-LOW-1");
        assertThat(receive(item, warehouse, "8", "1.00").status()).isEqualTo(200);
        String supplier = api().post("ops", "/api/purchasing/suppliers", "{\"name\":\"Low stock Ltd\","
                + "\"contactEmail\":\"sales@low.example\",\"currency\":\"EUR\"}").json().get("supplierId").asText();
        assertThat(api().post("ops", "/api/inventory/items/" + item + "/reorder-policies", "{\"warehouseId\":\""
                + warehouse + "\",\"reorderLevel\":\"5\",\"reorderQuantity\":\"20\",\"supplierId\":\"" + supplier
                + "\"}").status()).isEqualTo(200);
        assertThat(issue(item, warehouse, "4").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("analyst", "/api/inventory/stock/low?size=200")
                .json().path("items").findValuesAsText("itemId").contains(item));
        assertThat(level(item, warehouse).get("belowReorderLevel").asBoolean()).isTrue();
    }

    @Test
    void refusalsAreClearAndAppendNothing() {
        String warehouse = warehouse("E2E-BAD");
        String item = item("E2E-BAD-1");
        long before = storedEvents();
        assertProblem(issue(item, warehouse, "1"), 422, "INSUFFICIENT_STOCK");
        assertProblem(issue(item, warehouse, "-1"), 400, "INVALID_INPUT");
        assertProblem(issue(item, warehouse, "0.0001"), 400, "INVALID_INPUT");
        assertProblem(receive(item, "no-such-warehouse", "1", "1.00"), 422, "UNKNOWN_WAREHOUSE");
        assertProblem(receive("no-such-item", warehouse, "1", "1.00"), 404, "NOT_FOUND");
        assertProblem(api().post("ops", "/api/inventory/items", "{\"sku\":\"E2E-BAD-1\",\"name\":\"Dup\","
                + "\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}"), 409, "DUPLICATE_SKU");
        assertProblem(api().post("ops", "/api/inventory/items/" + item + "/reservations/nope/release", "{}"), 422,
                "UNKNOWN_RESERVATION");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void operationsWritesAndOnlyReadersWithABusinessNeedRead() {
        String warehouse = warehouse("E2E-ROLES");
        String item = item("E2E-ROLES-1");
        for (String user : new String[] {"analyst", "finance", "compliance", "hr"}) {
            assertProblem(api().post(user, "/api/inventory/items/" + item + "/receipts", "{\"warehouseId\":\""
                    + warehouse + "\",\"quantity\":\"1\",\"unitCost\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}"),
                    403, "FORBIDDEN");
        }
        assertProblem(api().get("hr", "/api/inventory/stock"), 403, "FORBIDDEN");
        for (String user : new String[] {"admin", "ops", "finance", "analyst", "compliance"}) {
            assertThat(api().get(user, "/api/inventory/stock").status()).as(user).isEqualTo(200);
        }
    }
}
