package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import dev.urakata.config.testing.FreePorts;
import dev.urakata.query.analysts.AnalystReadModels;
import dev.urakata.query.readmodel.ReadModelCatalogue;
import dev.urakata.query.readmodel.ReadModelCatalogue.ReadModel;
import dev.urakata.query.readmodel.ReadModelRoutes;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An analyst's own tools against the read models: the plain MongoDB driver on the read-only analysts' port runs the
 * queries of docs/read-models.md and gets the API's figures to the yen — before a blue-green rebuild, right after
 * it and once the old version is dropped, on the same collection names. The port refuses every write and every
 * collection the catalogue does not list, and every stored document keeps the catalogue's types.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalystPortEndToEndTest {

    private static final int ANALYST_PORT = FreePorts.next();
    private static final String AT = "2026-12-04";
    /** The read models this test fills (every other one is checked by its projection's test). */
    private static final List<String> SEEDED = List.of("payroll_cost_payslips", "inventory_stock_levels",
            "finance_receivable_movements", "audit_events");
    /** The processors rebuilt: those of the seeded read models, and finance's current-and-history views. */
    private static final List<String> REBUILT = List.of("payroll-costs", "stock-levels", "finance-receivables-aging",
            "finance-invoices", "finance-customers", "finance-budgets", "general-ledger", "audit-trail");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("urakata-analysts-").toString();
        registry.add("urakata.data-dir", () -> dir);
        registry.add("urakata.mongo.analyst-port", () -> ANALYST_PORT);
        // Short, so that a rebuild switches at once and the version it replaced is dropped within the test.
        registry.add("urakata.read-models.route-refresh-interval", () -> "200ms");
        registry.add("urakata.read-models.retired-grace", () -> "3s");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReadModelRoutes routes;

    @Autowired
    ReadModelCatalogue catalogue;

    private MongoClient client;
    private MongoDatabase analyst;

    @BeforeEach
    void connect() {
        client = MongoClients.create("mongodb://127.0.0.1:" + ANALYST_PORT);
        analyst = client.getDatabase("urakata");
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    Api api() {
        return new Api(port);
    }

    @Test
    void analystsQueriesGiveTheApisFiguresBeforeAndAfterARebuild() {
        seed();
        Figures api = settled();
        assertThat(analystFigures()).isEqualTo(api);
        assertThat(api.payrollCosts()).hasSize(2);
        assertThat(api.stockValueByWarehouse()).hasSize(2);
        assertThat(api.topItems()).hasSize(5);
        assertThat(api.aging().values()).filteredOn(amount -> amount.signum() != 0).hasSize(5);
        assertThat(api.auditEventsByUserAndDay()).containsKeys("hr", "ops", "finance", "payroll", "admin");
        everyDocumentKeepsTheCatalogueTypes();
        everyCollectionIsInTheCatalogue();

        for (String processor : REBUILT) {
            Api.Response started = postEmpty("admin", "/api/operations/processors/" + processor + "/rebuild");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120)).until(() -> "DONE".equals(api().get("admin",
                    "/api/operations/processors/" + processor).json().path("rebuild").path("state").asText()));
        }
        // The application now reads rebuilt collections under other names; the analysts' names are unchanged.
        for (String collection : SEEDED) {
            assertThat(routes.physical(collection)).startsWith(collection + "__");
        }
        assertThat(client.getDatabase("urakata").listCollectionNames().into(new ArrayList<>()))
                .containsExactlyInAnyOrderElementsOf(AnalystReadModels.READ_MODELS.stream()
                        .map(ReadModel::collection).toList());
        assertThat(analystFigures()).isEqualTo(apiFigures());
        assertThat(apiFigures().payrollCosts()).isEqualTo(api.payrollCosts());

        // Once the grace period has passed the replaced version is dropped; the same names still answer the same.
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(60))
                .until(() -> analystFigures().equals(apiFigures()));
        everyDocumentKeepsTheCatalogueTypes();
    }

    @Test
    void thePortRefusesWritesAndEverythingTheCatalogueDoesNotList() {
        var levels = analyst.getCollection("inventory_stock_levels");
        List<Executable> refused = List.of(
                () -> levels.insertOne(new Document("_id", "x")),
                () -> levels.updateOne(new Document("_id", "x"), new Document("$set", new Document("onHand", 1))),
                () -> levels.deleteOne(new Document("_id", "x")),
                () -> levels.deleteMany(new Document()),
                () -> levels.drop(),
                () -> levels.createIndex(Indexes.ascending("sku")),
                () -> analyst.createCollection("mine"),
                () -> levels.aggregate(List.of(new Document("$out", "copy"))).first(),
                () -> analyst.getCollection("axon_tracking_tokens").find().first(),
                () -> analyst.getCollection("privacy_subject_keys").countDocuments(),
                () -> analyst.getCollection("command_unique_keys").find().first(),
                () -> levels.aggregate(List.of(new Document("$lookup", new Document("from", "audit_events")
                        .append("localField", "itemId").append("foreignField", "aggregateId").append("as", "e"))))
                        .first(), // a join would show the trail's hidden payloads
                () -> analyst.getCollection("hr_employee_directory").countDocuments(),
                () -> levels.aggregate(List.of(new Document("$lookup", new Document("from", "axon_sagas_instances")
                        .append("localField", "_id").append("foreignField", "_id").append("as", "s")))).first(),
                () -> client.getDatabase("admin").getCollection("system.users").find().first(),
                () -> client.getDatabase("urakata").runCommand(new Document("dropDatabase", 1)));
        for (Executable attempt : refused) {
            assertThatThrownBy(attempt::execute).isInstanceOf(MongoCommandException.class)
                    .satisfies(e -> assertThat(((MongoCommandException) e).getErrorCode()).isEqualTo(13));
        }
        assertThat(analyst.listCollectionNames().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(
                AnalystReadModels.READ_MODELS.stream().map(ReadModel::collection).toList());
        // A cursor read in small batches goes on (getMore) under the stable name, and nothing is lost on the way.
        var activity = analyst.getCollection("audit_events");
        for (String number : List.of("AN-BATCH-1", "AN-BATCH-2", "AN-BATCH-3")) {
            // Hired after the other test's payroll month, so they are not in its figures whichever runs first.
            assertThat(api().post("hr", "/api/hr/employees", Api.hireJson(number).replace("2026-04-01",
                    "2026-11-01")).status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> activity.countDocuments(
                new Document("eventType", "EmployeeHiredEvent")) >= 3);
        List<Document> inBatchesOfTwo = activity.find().batchSize(2).into(new ArrayList<>());
        assertThat(inBatchesOfTwo).hasSize((int) activity.countDocuments()).hasSizeGreaterThan(2);

        // Cursors are numbered in one sequence for the whole server: a connection may read on only from its own.
        for (long id = 1; id <= 20; id++) {
            Document getMore = new Document("getMore", id).append("collection", "inventory_stock_levels");
            Document kill = new Document("killCursors", "inventory_stock_levels").append("cursors", List.of(id));
            for (Document command : List.of(getMore, kill)) {
                assertThatThrownBy(() -> analyst.runCommand(command)).isInstanceOf(MongoCommandException.class)
                        .satisfies(e -> assertThat(((MongoCommandException) e).getErrorCode()).isEqualTo(43));
            }
        }

        // The trail's payloads hold personal data: no query shows them, nor can probe for a value in them.
        assertThat(inBatchesOfTwo).allSatisfy(event -> assertThat(event).containsKeys("eventType", "timestamp")
                .doesNotContainKeys("payload", "dataSubject", "personalFields"));
        Document hire = activity.find(new Document("eventType", "EmployeeHiredEvent"))
                .projection(new Document("payload", 1).append("eventType", 1)).first();
        assertThat(hire).containsKey("eventType").doesNotContainKey("payload");
        Document probe = new Document("payload.familyName", "Tanaka");
        assertThat(activity.countDocuments(probe)).isZero();
        assertThat(activity.find(probe).first()).isNull();
        assertThat(activity.distinct("payload.familyName", String.class).into(new ArrayList<>())).isEmpty();
        assertThat(activity.distinct("eventType", new Document("payload.familyName", "Tanaka"), String.class)
                .into(new ArrayList<>())).isEmpty();
        assertThat(activity.distinct("eventType", String.class).into(new ArrayList<>()))
                .contains("EmployeeHiredEvent");
        assertThat(activity.aggregate(List.of(Document.parse("{$project: {p: '$payload.familyName'}}"))).first())
                .doesNotContainKey("p");
        assertThat(activity.estimatedDocumentCount()).isEqualTo(inBatchesOfTwo.size());
        assertThat(activity.find().sort(new Document("timestamp", -1)).skip(1).limit(2).into(new ArrayList<>()))
                .hasSize(2);
        assertThat(activity.aggregate(List.of(Document.parse("{$sort: {timestamp: 1}}"))).batchSize(2)
                .into(new ArrayList<>())).hasSize(inBatchesOfTwo.size());
    }

    /**
     * The API's figures once two readings a second apart agree: deadlines (payment reminders of the overdue
     * invoices) still append to the audit trail for a moment after the seeding.
     */
    Figures settled() {
        Figures[] last = {apiFigures()};
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(60)).until(() -> {
            Figures now = apiFigures();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        return last[0];
    }

    // --- the analysts' queries, as docs/read-models.md gives them --------------------------------------------------

    /** What the analyst computes, and what the API says. */
    record Figures(Map<String, BigDecimal> payrollCosts, Map<String, BigDecimal> stockValueByWarehouse,
                   Map<String, BigDecimal> topItems, Map<String, BigDecimal> aging,
                   Map<String, Map<String, Long>> auditEventsByUserAndDay) {
    }

    Figures analystFigures() {
        Map<String, BigDecimal> costs = new TreeMap<>();
        analyst.getCollection("payroll_cost_payslips").aggregate(List.of(
                Document.parse("{$match: {counted: true}}"),
                Document.parse("{$group: {_id: {period: '$period', department: '$department', currency: '$currency'},"
                        + " gross: {$sum: '$gross.amount'}, employer: {$sum: '$employerContributions.amount'},"
                        + " employees: {$addToSet: '$employeeId'}}}"),
                Document.parse("{$project: {total: {$add: ['$gross', '$employer']}, headcount: {$size: '$employees'}}}")))
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    costs.put(key.getString("period") + " " + key.getString("department") + " "
                            + key.getString("currency") + " headcount " + row.getInteger("headcount"),
                            decimal(row, "total"));
                });
        Map<String, BigDecimal> byWarehouse = new TreeMap<>();
        analyst.getCollection("inventory_stock_levels").aggregate(List.of(
                Document.parse("{$group: {_id: {warehouse: '$warehouseId', currency: '$value.currency'},"
                        + " value: {$sum: '$value.amount'}}}")))
                .forEach(row -> byWarehouse.put(row.get("_id", Document.class).getString("warehouse"),
                        decimal(row, "value")));
        Map<String, BigDecimal> top = new TreeMap<>();
        analyst.getCollection("inventory_stock_levels").aggregate(List.of(
                Document.parse("{$group: {_id: '$sku', value: {$sum: '$value.amount'}}}"),
                Document.parse("{$sort: {value: -1, _id: 1}}"),
                Document.parse("{$limit: 5}")))
                .forEach(row -> top.put(row.getString("_id"), decimal(row, "value")));
        LocalDate at = LocalDate.parse(AT);
        Map<String, BigDecimal> aging = new TreeMap<>();
        analyst.getCollection("finance_receivable_movements").aggregate(List.of(
                new Document("$match", new Document("businessDate", new Document("$lte", AT))),
                Document.parse("{$group: {_id: '$invoiceId', outstanding: {$sum: '$change.amount'},"
                        + " dueDate: {$max: '$dueDate'}, currency: {$first: '$change.currency'}}}"),
                Document.parse("{$match: {outstanding: {$ne: 0}, dueDate: {$ne: null}}}"),
                new Document("$project", new Document("currency", 1).append("outstanding", 1).append("bucket",
                        Document.parse(("{$cond: [{$gte: ['$dueDate', '%s']}, 'current', {$cond: [{$gte: ['$dueDate',"
                                + " '%s']}, 'days1To30', {$cond: [{$gte: ['$dueDate', '%s']}, 'days31To60', {$cond:"
                                + " [{$gte: ['$dueDate', '%s']}, 'days61To90', 'over90']}]}]}]}").formatted(at,
                                at.minusDays(30), at.minusDays(60), at.minusDays(90))))),
                Document.parse("{$group: {_id: {bucket: '$bucket', currency: '$currency'},"
                        + " amount: {$sum: '$outstanding'}}}")))
                .forEach(row -> aging.put(row.get("_id", Document.class).getString("bucket"), decimal(row, "amount")));
        for (String bucket : List.of("current", "days1To30", "days31To60", "days61To90", "over90")) {
            aging.putIfAbsent(bucket, BigDecimal.ZERO);
        }
        Map<String, Map<String, Long>> audit = new TreeMap<>();
        analyst.getCollection("audit_events").aggregate(List.of(
                Document.parse("{$match: {user: {$ne: null}}}"),
                Document.parse("{$group: {_id: {user: '$user', day: {$dateToString: {format: '%Y-%m-%d',"
                        + " date: '$timestamp'}}}, events: {$sum: 1}}}")))
                .forEach(row -> audit.computeIfAbsent(row.get("_id", Document.class).getString("user"),
                        user -> new TreeMap<>()).put(row.get("_id", Document.class).getString("day"),
                        ((Number) row.get("events")).longValue()));
        return new Figures(costs, byWarehouse, top, aging, audit);
    }

    Figures apiFigures() {
        Map<String, BigDecimal> costs = new TreeMap<>();
        for (JsonNode row : api().get("analyst", "/api/payroll/costs?from=2026-04&to=2026-04&size=200").json()
                .get("items")) {
            costs.put(row.get("period").asText() + " " + row.get("department").asText() + " "
                    + row.get("totalCost").get("currency").asText() + " headcount " + row.get("headcount").asInt(),
                    exact(new BigDecimal(row.get("totalCost").get("amount").asText())));
        }
        Map<String, BigDecimal> byWarehouse = new TreeMap<>();
        Map<String, BigDecimal> bySku = new TreeMap<>();
        for (JsonNode level : api().get("analyst", "/api/inventory/stock?size=200").json().get("items")) {
            BigDecimal value = exact(new BigDecimal(level.get("value").get("amount").asText()));
            byWarehouse.merge(level.get("warehouseId").asText(), value, BigDecimal::add);
            bySku.merge(level.get("sku").asText(), value, BigDecimal::add);
        }
        Map<String, BigDecimal> top = new TreeMap<>();
        bySku.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(5).forEach(e -> top.put(e.getKey(), e.getValue()));
        Map<String, BigDecimal> aging = new TreeMap<>();
        JsonNode totals = api().get("analyst", "/api/finance/receivables/aging?at=" + AT).json().get("totals").get(0);
        for (String bucket : List.of("current", "days1To30", "days31To60", "days61To90", "over90")) {
            aging.put(bucket, exact(new BigDecimal(totals.get(bucket).get("amount").asText())));
        }
        // Per user and day as the analyst found them, each counted again by the API's own filter.
        Map<String, Map<String, Long>> audit = new TreeMap<>();
        analystFigures().auditEventsByUserAndDay().forEach((user, days) -> days.keySet().forEach(day -> audit
                .computeIfAbsent(user, u -> new TreeMap<>()).put(day, api().get("compliance", "/api/audit/events?user="
                        + user + "&from=" + day + "T00:00:00Z&to=" + LocalDate.parse(day).plusDays(1)
                        + "T00:00:00Z&size=1").json().get("total").asLong())));
        return new Figures(costs, byWarehouse, top, aging, audit);
    }

    private static BigDecimal decimal(Document row, String field) {
        Object value = row.get(field);
        BigDecimal decimal = value instanceof Decimal128 d ? d.bigDecimalValue() : new BigDecimal(value.toString());
        return exact(decimal);
    }

    /** A decimal without trailing zeros, so that 12000, 12000.00 and Decimal128 sums compare alike. */
    private static BigDecimal exact(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // --- every stored document as the catalogue says ---------------------------------------------------------------

    void everyDocumentKeepsTheCatalogueTypes() {
        for (ReadModel model : AnalystReadModels.READ_MODELS) {
            long documents = 0;
            for (Document doc : analyst.getCollection(model.collection()).find()) {
                documents++;
                assertThat(model.problems(doc)).as("%s %s", model.collection(), doc.get("_id")).isEmpty();
            }
            if (SEEDED.contains(model.collection())) {
                assertThat(documents).as(model.collection()).isPositive();
            }
        }
    }

    /** Every collection of the application's database is either for analysts or listed as internal. */
    void everyCollectionIsInTheCatalogue() {
        List<String> listed = new ArrayList<>(catalogue.names());
        catalogue.internal().forEach(internal -> listed.add(internal.collection()));
        List<String> unlisted = routes.database().listCollectionNames().into(new ArrayList<>()).stream()
                .map(name -> name.contains("__") ? name.substring(0, name.indexOf("__")) : name)
                .filter(name -> !listed.contains(name)).sorted().toList();
        assertThat(unlisted).as("collections neither for analysts nor listed as internal").isEmpty();
    }

    // --- seeding over the API ----------------------------------------------------------------------------------------

    void seed() {
        for (String[] hire : List.of(new String[]{"AN-1", "Sales", "310000"}, new String[]{"AN-2", "Sales", "295500"},
                new String[]{"AN-3", "Warehouse", "288000"})) {
            Api.Response hired = api().post("hr", "/api/hr/employees", Api.hireJson(hire[0])
                    .replace("\"Operations\"", "\"" + hire[1] + "\"").replace("2026-04-01", "2025-01-01")
                    .replace("\"350000\"", "\"" + hire[2] + "\""));
            assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        }
        payrollRun();
        stock();
        receivables();
    }

    private void payrollRun() {
        String[] run = new String[1];
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            Api.Response opened = api().post("payroll", "/api/payroll/runs",
                    "{\"policyId\":\"sample\",\"period\":\"2026-04\"}");
            run[0] = opened.status() == 201 ? opened.json().get("id").asText() : null;
            return run[0] != null;
        });
        String base = "/api/payroll/runs/" + run[0];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(postEmpty("payroll", base + "/calculate").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> api().get("finance", base).json()
                    .path("totalsMatchRows").asBoolean());
            return api().get("finance", base).json().path("totals").path("payslips").asInt() >= 3;
        });
        assertThat(postEmpty("payroll", base + "/submit").status()).isEqualTo(200);
        assertThat(postEmpty("admin", base + "/approve").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("analyst",
                "/api/payroll/costs?from=2026-04&to=2026-04").json().path("items").size() == 2);
    }

    private void stock() {
        List<String> warehouses = new ArrayList<>();
        for (String code : List.of("TKY", "OSK")) {
            Api.Response created = api().post("ops", "/api/inventory/warehouses",
                    "{\"code\":\"" + code + "\",\"name\":\"Warehouse " + code + "\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            warehouses.add(created.json().get("id").asText());
        }
        int[][] receipts = {{40, 1200}, {7, 98000}, {250, 35}, {12, 15500}, {3, 240000}, {90, 800}, {15, 4300}};
        for (int i = 0; i < receipts.length; i++) {
            Api.Response item = api().post("ops", "/api/inventory/items", "{\"sku\":\"AN-SKU-" + i + "\",\"name\":"
                    + "\"Item " + i + "\",\"unitOfMeasure\":\"pcs\",\"currency\":\"JPY\"}");
            assertThat(item.status()).as(item.body()).isEqualTo(201);
            String itemId = item.json().get("id").asText();
            String warehouse = warehouses.get(i % 2);
            Api.Response received = api().post("ops", "/api/inventory/items/" + itemId + "/receipts",
                    "{\"warehouseId\":\"" + warehouse + "\",\"quantity\":\"" + receipts[i][0] + "\",\"unitCost\":"
                            + "{\"amount\":\"" + receipts[i][1] + "\",\"currency\":\"JPY\"},\"reference\":\"delivery\"}");
            assertThat(received.status()).as(received.body()).isEqualTo(200);
            if (i == 2) {
                Api.Response issued = api().post("ops", "/api/inventory/items/" + itemId + "/issues",
                        "{\"warehouseId\":\"" + warehouse + "\",\"quantity\":\"17.5\",\"reference\":\"order\"}");
                assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("analyst", "/api/inventory/stock?size=200")
                .json().get("items").size() == receipts.length);
    }

    private void receivables() {
        Api.Response created = api().post("finance", "/api/finance/customers",
                "{\"name\":\"Kabushiki Analyst\",\"currency\":\"JPY\",\"paymentTermsDays\":30}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String customer = created.json().get("customerId").asText();
        String firstInvoice = null;
        for (String due : List.of("2027-01-31", "2026-11-30", "2026-10-15", "2026-09-20", "2026-06-01")) {
            Api.Response drafted = api().post("finance", "/api/finance/customers/" + customer + "/invoices",
                    "{\"lines\":[{\"description\":\"Service due " + due + "\",\"quantity\":\"3\",\"unitPrice\":"
                            + "{\"amount\":\"" + (10000 + due.hashCode() % 1000 + 1000) + "\",\"currency\":\"JPY\"},"
                            + "\"taxCode\":\"STANDARD\"}]}");
            assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
            String invoice = drafted.json().get("invoiceId").asText();
            Api.Response issued = api().post("finance", "/api/finance/customers/" + customer + "/invoices/" + invoice
                    + "/issue", "{\"issueDate\":\"2026-05-01\",\"dueDate\":\"" + due + "\"}");
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            firstInvoice = firstInvoice == null ? invoice : firstInvoice;
        }
        Api.Response paid = api().post("finance", "/api/finance/customers/" + customer + "/payments",
                "{\"amount\":{\"amount\":\"5000\",\"currency\":\"JPY\"},\"receivedOn\":\"2026-11-02\","
                        + "\"allocations\":[{\"invoiceId\":\"" + firstInvoice + "\",\"amount\":{\"amount\":\"5000\","
                        + "\"currency\":\"JPY\"}}]}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("analyst", "/api/finance/receivables/aging?at="
                + AT).json().path("totals").size() == 1);
    }

    private Api.Response postEmpty(String user, String path) {
        return api().send(api().request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
