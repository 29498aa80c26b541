package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new company's first use of the whole API, in business order: it hires its people, stocks its warehouses, buys,
 * ships and invoices, plans and records work, pays its staff, equips them, signs contracts, watches its risks, and
 * finally looks back through the audit trail and the operations desk. Every operation of the OpenAPI document is
 * called at least once and must succeed.
 *
 * <p>{@link ApiContractTest} runs it on a stack of its own, since it changes company-wide rules; it still keeps to
 * itself as if it shared one: everything it creates carries this run's tag, and a payroll month and an accounting
 * period are picked at random where the system allows only one of them.
 * Dates are fixed in the past where nothing depends on them, and relative to today where the system compares them
 * with the clock (clocking in, contract expiry, due dates).
 */
final class ApiTour {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration LONG_WAIT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Everybody the tour hires joined before anything it plans: no onboarding, no clock in sight. */
    private static final String HIRED = "2025-01-06";
    private static final String BUDGET_ACTUALS = "budget-actuals";

    private final Api api;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String code = tag.toUpperCase().replaceAll("[^A-Z0-9]", "X");
    private final String department = "Tour-" + tag;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    /** One regular payroll run per month in the whole system: a month nobody else will choose. */
    private final YearMonth payrollMonth = YearMonth.of(2101 + ThreadLocalRandom.current().nextInt(90),
            1 + ThreadLocalRandom.current().nextInt(12));
    /** A closed accounting period stays closed: one long past, that no other test books into. */
    private final YearMonth closedPeriod = YearMonth.of(1900 + ThreadLocalRandom.current().nextInt(100),
            1 + ThreadLocalRandom.current().nextInt(12));

    // people
    private String ana;
    private String ben;
    private String leaver;
    private String staff1;
    // stock and trade
    private String tokyo;
    private String osaka;
    private String bolt;
    private String supplier;
    private String customer;
    // work
    private String clockedShift;
    private String timesheet;
    private String planningSchedule;
    // pay
    private String run;
    private String staff1Payslip;
    // others
    private String legalCase;
    private String parkedClaim;

    ApiTour(Api api) {
        this.api = api;
    }

    void run() {
        people();
        signIns();
        stock();
        purchasing();
        shipping();
        receivables();
        budgetsAndExpenses();
        books();
        planning();
        timeAndAttendance();
        leave();
        labourRules();
        payroll();
        selfService();
        it();
        legal();
        compliance();
        processes();
        audit();
        privacy();
        operations();
    }

    // --- HR ----------------------------------------------------------------------------------------------------------

    private void people() {
        ana = id(post("hr", "/api/hr/employees", person("1", "Ana", "Floor")), "employeeId");
        ben = id(post("hr", "/api/hr/employees", person("2", "Ben", "Shelf")), "employeeId");
        leaver = id(post("hr", "/api/hr/employees", person("3", "Lea", "Gone")), "employeeId");
        // The demo sign-in staff1 acts as the employee numbered staff1; the shared stack may have hired them already.
        staff1 = employeeNumbered("staff1");

        // A summer crew hired in one batch, on contracts that end long after the tour.
        JsonNode crew = post("hr", "/api/hr/seasonal-hires", """
                {"season":"summer-%s","hires":[{"employeeNumber":"TOUR-%s-S1","givenName":"Sam","familyName":"Crew",
                 "email":"sam.crew@example.com","department":"%s","position":"Picker","hireDate":"2025-06-02",
                 "contractEndDate":"%s","monthlySalary":{"amount":"250000","currency":"JPY"}}]}"""
                .formatted(tag, tag, department, today.plusYears(2)));
        assertThat(crew.path("hired")).as(crew.toString()).hasSize(1);

        // Lea's year: a raise, a move, a review, benefits, and her resignation.
        String lea = "/api/hr/employees/" + leaver;
        post("hr", lea + "/salary-changes", """
                {"monthlySalary":{"amount":"330000","currency":"JPY"},"effectiveDate":"2025-04-01",
                 "reason":"annual review"}""");
        post("hr", lea + "/position-changes", """
                {"department":"%s","position":"Team lead","effectiveDate":"2025-05-01"}""".formatted(department));
        post("hr", lea + "/performance-reviews", """
                {"reviewDate":"2025-06-30","rating":4,"reviewer":"M. Sato","summary":"Reliable"}""");
        post("hr", lea + "/benefit-enrolments", """
                {"benefitPlan":"HEALTH-STANDARD","effectiveDate":"2025-02-01"}""");
        post("hr", lea + "/terminate", """
                {"reason":"RESIGNATION","lastDay":"2025-09-30","note":"moving abroad"}""");

        eventually("hr", lea, employee -> "TERMINATED".equals(employee.path("status").asText()));
        eventually("payroll", "/api/hr/employees?department=" + encode(department) + "&size=50",
                list -> list.path("total").asInt() >= 2);
    }

    /** An integration's sign-in is made to act as Ben for a while, then released again. */
    private void signIns() {
        String signIn = "/api/security/sign-ins/tour-" + tag + "@example.com";
        // Who may be bound is read from scheduling's view of employments, which follows the hire a moment later.
        until2xx(() -> put("admin", signIn, "{\"employeeId\":\"" + ben + "\"}"));
        ok(delete("admin", signIn));
    }

    // --- inventory, purchasing, shipping -----------------------------------------------------------------------------

    private void stock() {
        tokyo = id(post("ops", "/api/inventory/warehouses",
                "{\"code\":\"TOUR-" + tag + "-TYO\",\"name\":\"Tour Tokyo " + tag + "\"}"), "id");
        osaka = id(post("ops", "/api/inventory/warehouses",
                "{\"code\":\"TOUR-" + tag + "-OSA\",\"name\":\"Tour Osaka " + tag + "\"}"), "id");
        bolt = id(post("ops", "/api/inventory/items", "{\"sku\":\"TOUR-" + tag
                + "-BOLT\",\"name\":\"Bolt\",\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}"), "id");
        supplier = id(post("ops", "/api/purchasing/suppliers", "{\"name\":\"Tour Bolts " + tag
                + "\",\"contactEmail\":\"sales@bolts.example.com\",\"currency\":\"EUR\"}"), "supplierId");

        String item = "/api/inventory/items/" + bolt;
        post("ops", item + "/receipts", "{\"warehouseId\":\"" + tokyo
                + "\",\"quantity\":10,\"unitCost\":{\"amount\":\"3.00\",\"currency\":\"EUR\"},"
                + "\"reference\":\"opening\"}");
        post("ops", item + "/issues", "{\"warehouseId\":\"" + tokyo + "\",\"quantity\":2,\"reference\":\"workshop\"}");
        post("ops", item + "/counts", "{\"warehouseId\":\"" + tokyo + "\",\"countedQuantity\":7,"
                + "\"reason\":\"one lost at stocktaking\"}");
        String picked = id(post("ops", item + "/reservations", "{\"warehouseId\":\"" + tokyo
                + "\",\"quantity\":2,\"reference\":\"repair job\"}"), "movementId");
        post("ops", item + "/reservations/" + picked + "/issue", "{\"reference\":\"repair job\"}");
        String released = id(post("ops", item + "/reservations", "{\"warehouseId\":\"" + tokyo
                + "\",\"quantity\":1,\"reference\":\"maybe\"}"), "movementId");
        post("ops", item + "/reservations/" + released + "/release", "{\"reason\":\"not needed\"}");
        String transfer = id(post("ops", item + "/transfers", "{\"fromWarehouseId\":\"" + tokyo
                + "\",\"toWarehouseId\":\"" + osaka + "\",\"quantity\":2}"), "movementId");
        postEmpty("ops", item + "/transfers/" + transfer + "/receive");
        // Reordered well below what the tour keeps on hand: no proposal is drafted behind its back.
        post("ops", item + "/reorder-policies", "{\"warehouseId\":\"" + tokyo + "\",\"reorderLevel\":1,"
                + "\"reorderQuantity\":10,\"supplierId\":\"" + supplier + "\"}");

        eventually("analyst", "/api/inventory/stock?itemId=" + bolt + "&warehouseId=" + osaka,
                page -> page.path("total").asInt() == 1);
        eventually("finance", item + "/ledger", ledger -> ledger.path("total").asInt() >= 6);
        get("compliance", "/api/inventory/stock/as-of?asOf=" + Instant.now() + "&itemId=" + bolt);
        get("analyst", "/api/inventory/stock/low?size=5");
        eventually("ops", "/api/inventory/items?sku=TOUR-" + tag + "-BOLT", page -> page.path("total").asInt() == 1);
        get("finance", "/api/inventory/warehouses?size=5");
    }

    private void purchasing() {
        String order = id(post("ops", "/api/purchasing/orders", "{\"supplierId\":\"" + supplier
                + "\",\"department\":\"" + department + "-Workshop\",\"lines\":[{\"itemId\":\"" + bolt
                + "\",\"warehouseId\":\""
                + tokyo + "\",\"quantity\":10,\"unitCost\":{\"amount\":\"2.50\",\"currency\":\"EUR\"}}]}"),
                "purchaseOrderId");
        String base = "/api/purchasing/orders/" + order;
        // Four eyes: the buyer drafts, somebody else approves.
        postEmpty("admin", base + "/approve");
        postEmpty("ops", base + "/send");
        post("ops", base + "/receipts", "{\"receiptId\":\"dn-" + tag + "\",\"lines\":[{\"lineNumber\":1,"
                + "\"quantity\":10}]}");
        String invoice = id(post("finance", base + "/supplier-invoices", "{\"invoiceNumber\":\"B-" + tag
                + "\",\"invoiceDate\":\"2026-04-20\",\"dueDate\":\"2026-05-20\",\"lines\":[{\"lineNumber\":1,"
                + "\"quantity\":10,\"unitPrice\":{\"amount\":\"2.50\",\"currency\":\"EUR\"},"
                + "\"taxCode\":\"STANDARD\"}]}"),
                "supplierInvoiceId");
        post("finance", base + "/supplier-invoices/" + invoice + "/pay", "{\"paidOn\":\"2026-05-15\"}");
        // The command side closes what its own view shows fully received.
        until2xx(() -> bare("ops", base + "/close"));

        String second = id(post("ops", "/api/purchasing/orders", "{\"supplierId\":\"" + supplier
                + "\",\"lines\":[{\"itemId\":\"" + bolt + "\",\"warehouseId\":\"" + osaka
                + "\",\"quantity\":5,\"unitCost\":{\"amount\":\"2.50\",\"currency\":\"EUR\"}}]}"), "purchaseOrderId");
        post("ops", "/api/purchasing/orders/" + second + "/cancel", "{\"reason\":\"ordered twice\"}");

        eventually("finance", base, details -> "CLOSED".equals(details.path("status").asText()));
        get("analyst", "/api/purchasing/orders?status=CLOSED&size=5");
        get("compliance", "/api/purchasing/suppliers?size=5");
    }

    private void shipping() {
        String delivered = shipment("SO-" + tag + "-1");
        String path = "/api/shipping/shipments/" + delivered;
        postEmpty("ops", path + "/pick");
        eventually("ops", path, shipment -> "PICKED".equals(shipment.path("status").asText()));
        post("ops", path + "/ship", "{\"carrier\":\"Yamato\",\"trackingNumber\":\"YT-" + tag + "\"}");
        postEmpty("ops", path + "/deliver");

        String withdrawn = shipment("SO-" + tag + "-2");
        post("ops", "/api/shipping/shipments/" + withdrawn + "/cancel", "{\"reason\":\"customer withdrew\"}");

        eventually("analyst", path, shipment -> "DELIVERED".equals(shipment.path("status").asText()));
        get("finance", "/api/shipping/shipments?status=DELIVERED&size=5");
    }

    /** A shipment of one bolt from Tokyo, once the shipping saga has reserved it. */
    private String shipment(String orderReference) {
        String shipment = id(post("ops", "/api/shipping/shipments", "{\"orderReference\":\"" + orderReference
                + "\",\"warehouseId\":\"" + tokyo + "\",\"lines\":[{\"itemId\":\"" + bolt + "\",\"quantity\":1}]}"),
                "shipmentId");
        eventually("ops", "/api/shipping/shipments/" + shipment,
                details -> "RESERVED".equals(details.path("status").asText()));
        return shipment;
    }

    // --- finance -----------------------------------------------------------------------------------------------------

    private void receivables() {
        customer = id(post("finance", "/api/finance/customers",
                "{\"name\":\"Tour Customer " + tag + "\",\"currency\":\"EUR\",\"paymentTermsDays\":30}"), "customerId");
        String customerPath = "/api/finance/customers/" + customer;
        String first = issuedInvoice(customerPath, "Consulting", "100.00", "STANDARD");
        post("finance", customerPath + "/invoices/" + first + "/credit-notes", """
                {"issueDate":"2026-05-05","reason":"loyalty discount","lines":[{"description":"Discount",
                 "quantity":1,"unitPrice":{"amount":"10.00","currency":"EUR"},"taxCode":"STANDARD"}]}""");
        // More than is allocated: the rest is kept as the customer's credit ...
        post("finance", customerPath + "/payments", """
                {"amount":{"amount":"250.00","currency":"EUR"},"receivedOn":"2026-05-10",
                 "allocations":[{"invoiceId":"%s","amount":{"amount":"100.00","currency":"EUR"}}]}""".formatted(first));
        // ... and settles the next invoice.
        String second = issuedInvoice(customerPath, "Support", "40.00", "EXEMPT");
        post("finance", customerPath + "/invoices/" + second + "/apply-credit", "{\"appliedOn\":\"2026-05-12\"}");

        eventually("analyst", "/api/finance/invoices/" + second,
                invoice -> "PAID".equals(invoice.path("status").asText()));
        eventually("compliance", customerPath,
                account -> !account.path("credit").path("amount").asText("").isEmpty());
        get("finance", "/api/finance/invoices?customerId=" + customer + "&size=5");
        get("analyst", "/api/finance/receivables/aging?at=2026-06-30");
    }

    private String issuedInvoice(String customerPath, String description, String price, String taxCode) {
        String invoice = id(post("finance", customerPath + "/invoices", """
                {"lines":[{"description":"%s","quantity":2,"unitPrice":{"amount":"%s","currency":"EUR"},
                 "taxCode":"%s"}]}""".formatted(description, price, taxCode)), "invoiceId");
        post("finance", customerPath + "/invoices/" + invoice + "/issue",
                "{\"issueDate\":\"2026-05-01\",\"dueDate\":\"2026-05-31\"}");
        return invoice;
    }

    private void budgetsAndExpenses() {
        post("finance", "/api/finance/budgets", "{\"department\":\"" + department + "\",\"period\":\"2026-04\","
                + "\"amount\":{\"amount\":\"50000\",\"currency\":\"JPY\"},\"thresholds\":[80,100]}");

        String claim = "{\"department\":\"" + department + "\",\"amount\":{\"amount\":\"%s\",\"currency\":\"JPY\"},"
                + "\"expenseDate\":\"2026-04-03\",\"category\":\"TRAVEL\",\"description\":\"%s\"}";
        String taxi = id(post("staff1", "/api/finance/expense-claims", claim.formatted("4200", "Taxi to client")),
                "claimId");
        eventually("finance", "/api/finance/expense-claims/" + taxi,
                details -> "SUBMITTED".equals(details.path("status").asText()));
        postEmpty("manager", "/api/finance/expense-claims/" + taxi + "/approve");
        post("finance", "/api/finance/expense-claims/" + taxi + "/reimburse", "{\"paidOn\":\"2026-04-25\"}");
        String dinner = id(post("staff1", "/api/finance/expense-claims", claim.formatted("30000", "Team dinner")),
                "claimId");
        post("manager", "/api/finance/expense-claims/" + dinner + "/reject", "{\"reason\":\"not a business expense\"}");

        eventually("analyst", "/api/finance/budgets?period=2026-04&department=" + encode(department),
                page -> "4200".equals(page.path("items").path(0).path("actual").path("amount").asText()));

        // A claim in euros against a budget kept in yen: the budget refuses the actual, and the event that carried
        // it is parked in the budget policy's dead-letter queue for the operations desk (see operations()).
        String trip = id(post("staff1", "/api/finance/expense-claims", "{\"department\":\"" + department
                + "\",\"amount\":{\"amount\":\"120.00\",\"currency\":\"EUR\"},\"expenseDate\":\"2026-04-20\","
                + "\"category\":\"TRAVEL\",\"description\":\"Fair in Frankfurt\"}"), "claimId");
        postEmpty("manager", "/api/finance/expense-claims/" + trip + "/approve");
        parkedClaim = trip;
    }

    private void books() {
        String close = "/api/finance/periods/" + closedPeriod + "/close";
        postEmpty("finance", close);

        JsonNode accounts = get("analyst", "/api/finance/ledger/accounts");
        assertThat(accounts.toString()).contains("1100");
        get("compliance", "/api/finance/ledger/accounts/1100?currency=EUR&size=5");
        get("analyst", "/api/finance/ledger/trial-balance");
        get("analyst", "/api/finance/ledger/balance-sheet?at=2026-12-31");
        get("finance", "/api/finance/ledger/profit-and-loss?from=2026-01-01&to=2026-12-31");
    }

    // --- workforce ---------------------------------------------------------------------------------------------------

    /** Four weeks ahead: a week of shifts planned, published, claimed, swapped and changed. */
    private void planning() {
        LocalDate monday = today.plusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String location = "Tour-" + tag;
        planningSchedule = id(post("manager", "/api/workforce/schedules", """
                {"location":"%s","team":"Floor","firstDay":"%s","lastDay":"%s","timeZone":"Asia/Tokyo"}"""
                .formatted(location, monday, monday.plusDays(6))), "scheduleId");
        String base = "/api/workforce/schedules/" + planningSchedule;
        String swapped = shift(base, monday, 1);
        String declined = shift(base, monday.plusDays(1), 1);
        String moved = shift(base, monday.plusDays(2), 1);
        String cancelled = shift(base, monday.plusDays(3), 1);
        String open = shift(base, monday.plusDays(4), 1);

        // Scheduling learns of the hires a moment after HR.
        assign(base, swapped, ana);
        assign(base, declined, ben);
        assign(base, moved, ana);
        postEmpty("manager", base + "/publish");
        postEmpty("manager", base + "/shifts/" + open + "/open");
        until2xx(() -> bare("staff1", base + "/shifts/" + open + "/claim"));
        post("manager", base + "/shifts/" + moved + "/unassign",
                "{\"employeeId\":\"" + ana + "\",\"reason\":\"MANAGER\",\"note\":\"needed elsewhere\"}");
        post("manager", base + "/shifts/" + cancelled + "/cancel", "{\"reason\":\"store closed for inventory\"}");

        String swap = id(post("manager", base + "/swaps", "{\"shiftId\":\"" + swapped + "\",\"fromEmployeeId\":\""
                + ana + "\",\"toEmployeeId\":\"" + ben + "\"}"), "swapId");
        post("manager", base + "/swaps/" + swap + "/approve", "{\"overtimeApproved\":false}");
        String refused = id(post("manager", base + "/swaps", "{\"shiftId\":\"" + declined + "\",\"fromEmployeeId\":\""
                + ben + "\",\"toEmployeeId\":\"" + ana + "\"}"), "swapId");
        post("manager", base + "/swaps/" + refused + "/reject", "{\"reason\":\"Ana is needed on Tuesday\"}");

        eventually("hr", "/api/workforce/shifts/" + open, shift -> shift.path("assignedCount").asInt() == 1);
        get("analyst", base);
        String week = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        get("manager", "/api/workforce/schedules/week?location=" + location + "&week=" + week);
        get("compliance", "/api/workforce/shifts/understaffed?location=" + location + "&from=" + monday + "&to="
                + monday.plusDays(6));
        eventually("hr", "/api/workforce/employees/" + ben + "/shifts?from=" + monday + "&to=" + monday.plusDays(6),
                page -> page.path("total").asInt() == 2);
        get("compliance", "/api/workforce/violations?scheduleId=" + planningSchedule);
    }

    private String shift(String schedule, LocalDate day, int headcount) {
        return id(post("manager", schedule + "/shifts", """
                {"start":"%sT09:00","end":"%sT17:00","position":"Clerk","requiredHeadcount":%d}"""
                .formatted(day, day, headcount)), "shiftId");
    }

    private void assign(String schedule, String shift, String employee) {
        until2xx(() -> api.post("manager", schedule + "/shifts/" + shift + "/assignments",
                "{\"employeeId\":\"" + employee + "\"}"));
    }

    /** A shift that began ten minutes ago: Ana clocks in late and leaves early, and her month is signed off. */
    private void timeAndAttendance() {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusMinutes(10);
        String schedule = id(post("manager", "/api/workforce/schedules", """
                {"location":"Tour-%s-now","team":"Tills","firstDay":"%s","lastDay":"%s","timeZone":"UTC"}"""
                .formatted(tag, start.toLocalDate().minusDays(1), start.toLocalDate().plusDays(1))), "scheduleId");
        String base = "/api/workforce/schedules/" + schedule;
        clockedShift = id(post("manager", base + "/shifts", """
                {"start":"%s","end":"%s","position":"Cashier","requiredHeadcount":1}"""
                .formatted(start, start.plusHours(2))), "shiftId");
        assign(base, clockedShift, ana);
        postEmpty("manager", base + "/publish");

        String shiftPath = "/api/workforce/shifts/" + clockedShift;
        // Attendance opens for a published shift a moment after the publication.
        until2xx(() -> api.post("manager", shiftPath + "/clock-in",
                "{\"employeeId\":\"" + ana + "\",\"note\":\"badge reader down\"}"));
        post("manager", shiftPath + "/clock-out", "{\"employeeId\":\"" + ana + "\",\"note\":\"badge reader down\"}");
        eventually("manager", shiftPath + "/attendance", page -> page.path("total").asInt() == 1);
        get("payroll", "/api/workforce/attendance?employeeId=" + ana + "&from=" + start.toLocalDate());

        String period = YearMonth.from(start).toString();
        String submit = "{\"employeeId\":\"" + ana + "\",\"period\":\"" + period + "\"}";
        // The timesheet is computed from the clock events the command side has seen.
        timesheet = id(until2xx(() -> api.post("manager", "/api/workforce/timesheets", submit)), "timesheetId");
        post("manager", "/api/workforce/timesheets/" + timesheet + "/reject",
                "{\"reason\":\"note the reader outage\"}");
        post("manager", "/api/workforce/timesheets", submit);
        postEmpty("manager", "/api/workforce/timesheets/" + timesheet + "/approve");
        eventually("payroll", "/api/workforce/timesheets/" + timesheet,
                sheet -> "APPROVED".equals(sheet.path("status").asText()));
        get("hr", "/api/workforce/timesheets?employeeId=" + ana + "&period=" + period);
    }

    private void leave() {
        String requests = "/api/workforce/employees/" + ana + "/leave-requests";
        // Unpaid and sick leave need no balance: nothing here depends on how much Ana has accrued by today.
        String unpaid = id(until2xx(() -> api.post("hr", requests, """
                {"type":"UNPAID","firstDay":"2025-03-03","lastDay":"2025-03-04","note":"moving house"}""")),
                "leaveRequestId");
        postEmpty("manager", requests + "/" + unpaid + "/approve");
        String sick = id(post("hr", requests, """
                {"type":"SICK","firstDay":"2025-03-10","lastDay":"2025-03-10"}"""), "leaveRequestId");
        post("manager", requests + "/" + sick + "/reject", "{\"reason\":\"recorded twice\"}");

        eventually("manager", requests + "?status=APPROVED", page -> page.path("total").asInt() == 1);
        eventually("hr", "/api/workforce/employees/" + ana + "/leave-balance", balance -> true);
    }

    /**
     * Company-wide rules, set so loosely that no schedule the tour plans can break them, and each set twice so that a
     * second tour on the same stack still changes them.
     */
    private void labourRules() {
        post("hr", "/api/workforce/labour-rules/minimum-rest", "{\"minHours\":8,\"mode\":\"RECORD\"}");
        post("hr", "/api/workforce/labour-rules/minimum-rest", "{\"minHours\":9,\"mode\":\"RECORD\"}");
        post("manager", "/api/workforce/labour-rules/weekly-hours", "{\"maxHours\":167,\"overtimePolicy\":\"ALLOW\"}");
        post("manager", "/api/workforce/labour-rules/weekly-hours", "{\"maxHours\":168,\"overtimePolicy\":\"ALLOW\"}");
        post("hr", "/api/workforce/labour-rules/consecutive-days", "{\"maxDays\":30,\"mode\":\"RECORD\"}");
        post("hr", "/api/workforce/labour-rules/consecutive-days", "{\"maxDays\":31,\"mode\":\"RECORD\"}");
        get("compliance", "/api/workforce/labour-rules?effectiveOn=" + today);
    }

    // --- payroll -----------------------------------------------------------------------------------------------------

    private void payroll() {
        String policy = id(post("payroll", "/api/payroll/policies", """
                {"name":"Tour policy %s","effectiveFrom":"2025-01-01","rules":{"currency":"JPY",
                 "standardMonthlyHours":160,"overtimeMultiplier":1.25,"nightPremiumRate":0.25,"holidayMultiplier":1.35,
                 "incomeTaxBrackets":[{"from":0,"rate":0.05},{"from":300000,"rate":0.10}],
                 "socialEmployeeRate":0.09,"socialEmployerRate":0.10,
                 "socialMonthlyCeiling":{"amount":"650000","currency":"JPY"}}}""".formatted(tag)), "id");
        String policyPath = "/api/payroll/policies/" + policy;
        post("payroll", policyPath + "/income-tax-brackets", """
                {"effectiveFrom":"2027-01-01","brackets":[{"from":0,"rate":0.05},{"from":250000,"rate":0.10}],
                 "reason":"tax reform"}""");
        post("payroll", policyPath + "/social-contributions", """
                {"effectiveFrom":"2027-01-01","employeeRate":0.095,"employerRate":0.105,
                 "monthlyCeiling":{"amount":"680000","currency":"JPY"},"reason":"new rates"}""");
        post("payroll", policyPath + "/premium-rates", """
                {"effectiveFrom":"2027-01-01","standardMonthlyHours":160,"overtimeMultiplier":1.30,
                 "nightPremiumRate":0.25,"holidayMultiplier":1.35,"reason":"collective agreement"}""");
        get("compliance", policyPath + "?effectiveOn=2027-01-01");

        String open = "{\"policyId\":\"" + policy + "\",\"period\":\"" + payrollMonth + "\"}";
        // The command side opens a run once its view has seen the new policy.
        run = id(until2xx(() -> api.post("payroll", "/api/payroll/runs", open)), "id");
        String base = "/api/payroll/runs/" + run;
        post("payroll", base + "/hours", "{\"employeeId\":\"" + ana + "\",\"overtimeHours\":4,\"nightHours\":0,"
                + "\"holidayHours\":0,\"source\":\"timesheet " + timesheet + "\"}");
        post("payroll", base + "/one-offs", "{\"employeeId\":\"" + ben + "\",\"kind\":\"BONUS\","
                + "\"amount\":{\"amount\":\"20000\",\"currency\":\"JPY\"},\"description\":\"first year\"}");
        calculateUntilEveryoneIsIn(base, List.of(ana, ben, staff1));
        postEmpty("payroll", base + "/submit");
        // Four eyes: whoever calculated neither sends it back nor approves it. The reviewer sends it back once,
        // it is submitted again as it was, and approved with a comment.
        post("admin", base + "/reject", "{\"reason\":\"Ben's bonus needs the board minute number\"}");
        postEmpty("payroll", base + "/submit");
        post("admin", base + "/approve", "{\"comment\":\"Board minute 2026-41 seen\"}");
        post("payroll", base + "/pay", "{\"paymentDate\":\"" + payrollMonth.atDay(25) + "\"}");
        postEmpty("payroll", base + "/close");
        eventually("finance", base, register -> "CLOSED".equals(register.path("status").asText()));
        // A correction run opens once the command side has seen the close.
        until2xx(() -> bare("payroll", base + "/corrections"));

        JsonNode slips = eventually("payroll", "/api/payroll/payslips?employeeId=" + ana + "&year="
                + payrollMonth.getYear(), page -> page.path("total").asInt() >= 1);
        String payslip = slips.path("items").path(0).path("payslipId").asText();
        get("finance", "/api/payroll/payslips/" + payslip);
        get("compliance", "/api/payroll/payslips/" + payslip + "/explanation");
        get("compliance", "/api/payroll/runs?status=CLOSED&size=5");
        String month = "from=" + payrollMonth + "&to=" + payrollMonth;
        eventually("analyst", "/api/payroll/costs?" + month, page -> page.path("total").asInt() >= 1);
        eventually("analyst", "/api/payroll/withholdings?" + month, page -> page.path("total").asInt() >= 1);
        staff1Payslip = eventually("staff1", "/api/me/payslips?year=" + payrollMonth.getYear(),
                page -> page.path("total").asInt() >= 1).path("items").path(0).path("payslipId").asText();
    }

    /** Calculates until the register has a row for each of {@code employees}: payroll sees new hires a moment late. */
    private void calculateUntilEveryoneIsIn(String run, List<String> employees) {
        List<String> numbers = new ArrayList<>();
        for (String employee : employees) {
            numbers.add(eventually("hr", "/api/hr/employees/" + employee, e -> true).path("employeeNumber").asText());
        }
        await().atMost(LONG_WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
            int before = api.get("finance", run).json().path("calculation").asInt(0);
            postEmpty("payroll", run + "/calculate");
            // Every employee of the shared stack is paid in this run, so a calculation may take a while.
            JsonNode register = eventually("finance", run, r -> r.path("calculation").asInt(0) > before
                    && r.path("totalsMatchRows").asBoolean(), LONG_WAIT);
            List<String> rows = register.path("rows").findValuesAsText("employeeNumber");
            return rows.containsAll(numbers);
        });
    }

    private void selfService() {
        get("staff1", "/api/me");
        get("staff1", "/api/me/payslips/" + staff1Payslip);
        get("staff1", "/api/me/payslips/" + staff1Payslip + "/explanation");
        get("staff1", "/api/me/shifts?from=" + today + "&to=" + today.plusWeeks(6));
        get("staff1", "/api/me/timesheets");
        get("staff1", "/api/me/leave-requests");
        eventually("staff1", "/api/me/leave-balance", balance -> true);
    }

    // --- IT ----------------------------------------------------------------------------------------------------------

    private void it() {
        String laptop = id(post("it", "/api/it/assets", "{\"assetType\":\"LAPTOP\",\"serialNumber\":\"TOUR-" + tag
                + "\",\"model\":\"ThinkPad X1\"}"), "assetId");
        String asset = "/api/it/assets/" + laptop;
        until2xx(() -> api.post("it", asset + "/assign",
                "{\"employeeId\":\"" + ana + "\",\"assignedOn\":\"2025-01-06\"}"));
        post("it", asset + "/return", "{\"returnedOn\":\"2025-12-19\",\"condition\":\"cracked hinge\"}");
        post("it", asset + "/retire", "{\"retiredOn\":\"2025-12-22\",\"reason\":\"beyond repair\"}");
        eventually("it", "/api/it/assets?type=LAPTOP&status=RETIRED&size=200",
                page -> page.path("items").findValuesAsText("assetId").contains(laptop));

        String accounts = "/api/it/employees/" + ana + "/accounts";
        post("it", accounts + "/provision", "{\"system\":\"email\",\"reason\":\"joined\"}");
        post("it", accounts + "/provision", "{\"system\":\"vpn\",\"reason\":\"works from home\"}");
        post("it", accounts + "/revoke", "{\"system\":\"vpn\",\"reason\":\"back in the office\"}");
        eventually("compliance", accounts, held -> held.path("accounts").size() == 2);

        String ticket = id(post("hr", "/api/it/tickets", "{\"subject\":\"Printer jams\",\"description\":\"Every "
                + "second page\",\"category\":\"HARDWARE\",\"priority\":\"P3\"}"), "ticketId");
        String path = "/api/it/tickets/" + ticket;
        post("it", path + "/assign", "{\"assignee\":\"it\"}");
        post("hr", path + "/comments", "{\"text\":\"Also on the second floor\"}");
        post("it", path + "/resolve", "{\"resolution\":\"Roller replaced\"}");
        post("it", path + "/reopen", "{\"reason\":\"Jams again\"}");
        post("it", path + "/resolve", "{\"resolution\":\"Printer replaced\"}");
        postEmpty("it", path + "/close");
        eventually("hr", path, details -> "Printer replaced".equals(details.path("resolution").asText()));
        get("it", "/api/it/tickets?status=CLOSED&size=5");

        String incident = id(post("ops", "/api/it/security-incidents", "{\"severity\":\"MEDIUM\",\"title\":"
                + "\"Lost badge\",\"description\":\"Badge lost on the train\"}"), "incidentId");
        post("it", "/api/it/security-incidents/" + incident + "/contain", "{\"note\":\"Badge blocked\"}");
        post("it", "/api/it/security-incidents/" + incident + "/resolve",
                "{\"rootCause\":\"Badge on a loose lanyard\",\"resolution\":\"New badge, new lanyard\"}");
        get("compliance", "/api/it/security-incidents?severity=MEDIUM&size=5");
    }

    // --- legal and compliance ----------------------------------------------------------------------------------------

    private void legal() {
        // In force since last month until two months from now: an expiry the system watches against the clock.
        String contract = id(post("legal", "/api/legal/contracts", """
                {"kind":"SUPPLIER","counterpartyId":"%s","title":"Bolt supply","startDate":"%s","endDate":"%s"}"""
                .formatted(supplier, today.minusMonths(1), today.plusMonths(2))), "contractId");
        String path = "/api/legal/contracts/" + contract;
        post("legal", path + "/sign", "{\"signedOn\":\"" + today.minusMonths(1) + "\"}");
        post("legal", path + "/renew", "{\"newEndDate\":\"" + today.plusYears(1) + "\"}");
        post("legal", path + "/terminate", "{\"terminatedOn\":\"" + today + "\",\"reason\":\"supplier sold\"}");
        eventually("compliance", path,
                details -> "TERMINATED".equals(details.path("contract").path("status").asText()));
        get("legal", "/api/legal/contracts?kind=SUPPLIER&counterpartyId=" + supplier);
        get("compliance", "/api/legal/contracts/expiring?within=90");

        legalCase = id(post("legal", "/api/legal/cases", "{\"kind\":\"COLLECTION\",\"subject\":\"Unpaid invoice "
                + tag + "\",\"counterpartyId\":\"" + customer + "\",\"reference\":\"TOUR-" + tag + "\"}"), "caseId");
        String casePath = "/api/legal/cases/" + legalCase;
        post("legal", casePath + "/notes", "{\"note\":\"Reminder letter sent\"}");
        post("legal", casePath + "/status", "{\"status\":\"IN_PROGRESS\",\"note\":\"Payment plan offered\"}");
        eventually("compliance", casePath, details -> details.toString().contains("IN_PROGRESS"));
        get("legal", "/api/legal/cases?kind=COLLECTION&size=5");
    }

    private void compliance() {
        String policyCode = "TOUR_" + code;
        post("legal", "/api/compliance/policies/" + policyCode + "/versions",
                "{\"title\":\"Clean desk\",\"version\":1,\"acknowledgementRequired\":false}");
        post("hr", "/api/compliance/employees/" + staff1 + "/acknowledgement-requests", "{\"policyCode\":\""
                + policyCode + "\",\"version\":1,\"dueDate\":\"" + today.plusDays(30) + "\"}");
        // The employee acknowledges for themselves, once compliance has seen the request.
        until2xx(() -> api.post("staff1", "/api/compliance/employees/" + staff1 + "/acknowledgements",
                "{\"policyCode\":\"" + policyCode + "\",\"version\":1}"));

        String trainings = "/api/compliance/employees/" + ana + "/trainings";
        post("hr", trainings, "{\"trainingCode\":\"FIRE_SAFETY\",\"dueDate\":\"" + today.plusDays(30) + "\"}");
        until2xx(() -> api.post("hr", trainings + "/FIRE_SAFETY/complete", "{\"completedOn\":\"" + today + "\"}"));
        eventually("compliance", "/api/compliance/employees/" + ana + "/status",
                status -> status.path("trainings").toString().contains("FIRE_SAFETY"));
        eventually("legal", "/api/compliance/policies?size=200",
                page -> page.path("items").toString().contains(policyCode));
        get("hr", "/api/compliance/overdue?size=5");

        String risk = id(post("legal", "/api/compliance/risks", "{\"title\":\"Single bolt supplier " + tag
                + "\",\"category\":\"SUPPLY_CHAIN\",\"owner\":\"ops\"}"), "riskId");
        String riskPath = "/api/compliance/risks/" + risk;
        post("legal", riskPath + "/assessments", "{\"likelihood\":3,\"impact\":4}");
        post("legal", riskPath + "/mitigation", "{\"plan\":\"Qualify a second supplier\",\"dueDate\":\""
                + today.plusMonths(3) + "\"}");
        post("legal", riskPath + "/close", "{\"residualNote\":\"Second supplier signed\"}");
        get("compliance", "/api/compliance/risks?size=5");
    }

    // --- processes, audit, privacy, operations -----------------------------------------------------------------------

    private void processes() {
        // Lea's resignation started her offboarding.
        eventually("it", "/api/processes/OFFBOARDING/" + leaver, process -> true);
        get("legal", "/api/processes?kind=OFFBOARDING&size=5");
    }

    private void audit() {
        eventually("compliance", "/api/audit/events?aggregateId=" + leaver, page -> page.path("total").asInt() >= 6);
        get("compliance", "/api/audit/events/export?format=csv&aggregateId=" + leaver);
        get("compliance", "/api/audit/aggregates/Employee/" + leaver + "/timeline");
        String checkpoint = ok(bare("admin", "/api/audit/checkpoints"), 201).path("id").asText();
        get("compliance", "/api/audit/checkpoints/" + checkpoint);
        get("compliance", "/api/audit/checkpoints?size=5");
        get("compliance", "/api/audit/verify");
        get("compliance", "/api/audit/refusals?size=5");
    }

    /** Lea asked to be forgotten once she had left. */
    private void privacy() {
        post("admin", "/api/privacy/subjects/" + leaver + "/erase", "{\"reason\":\"request of the former employee\"}");
        eventually("hr", "/api/hr/employees/" + leaver,
                employee -> "[erased]".equals(employee.path("givenName").asText()));
        eventually("compliance", "/api/privacy/subjects/" + leaver + "/trail?size=200", trail -> trail.path("items")
                .findValuesAsText("eventType").contains("PersonalDataErasedEvent"));
    }

    /**
     * The operations desk: the legal cases projection (which holds the tour's case) is rebuilt beside the live one,
     * then reset in place, each waited for until the read side has caught up again; the euro claim's event parked in
     * the budget policy's dead-letter queue is inspected, retried in vain and evicted, which leaves the queue as the
     * tour found it.
     */
    private void operations() {
        String processor = "/api/operations/processors/legal-cases";
        get("compliance", "/api/operations/processors");
        get("compliance", processor);

        ok(bare("admin", processor + "/rebuild"), 202);
        await().atMost(LONG_WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() ->
                "DONE".equals(api.get("admin", processor).json().path("rebuild").path("state").asText()));
        ok(bare("admin", processor + "/reset"), 202);
        // A replay ends with the first event after the point it was reset at: the case settling is that event, and
        // its showing in the case is the read side caught up.
        post("legal", "/api/legal/cases/" + legalCase + "/status",
                "{\"status\":\"SETTLED\",\"note\":\"Paid in full\"}");
        eventually("admin", processor, status -> !status.path("replaying").asBoolean());
        eventually("legal", "/api/legal/cases/" + legalCase, details -> details.toString().contains("SETTLED"));

        // The euro claim's event waits in the budget policy's queue: looked at, retried in vain, then dropped.
        String queue = "/api/operations/dead-letters/" + BUDGET_ACTUALS;
        JsonNode groups = get("compliance", "/api/operations/dead-letters");
        assertThat(groups.path("items").findValuesAsText("processingGroup")).contains(BUDGET_ACTUALS);
        JsonNode parked = eventually("compliance", queue + "?size=200", page -> parkedSequence(page) != null);
        String sequence = parkedSequence(parked);
        postEmpty("admin", queue + "/retry");
        JsonNode evicted = postEmpty("admin", queue + "/sequences/" + sequence + "/evict");
        assertThat(evicted.path("evictedLetters").asInt()).isPositive();

        get("analyst", "/api/read-models");
    }

    /** The dead-lettered sequence of the tour's euro claim, if it is parked. */
    private String parkedSequence(JsonNode page) {
        for (JsonNode sequence : page.path("items")) {
            if (sequence.path("letters").findValuesAsText("aggregateId").contains(parkedClaim)) {
                return sequence.path("sequenceId").asText();
            }
        }
        return null;
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private String person(String n, String givenName, String familyName) {
        return """
                {"employeeNumber":"TOUR-%s-%s","givenName":"%s","familyName":"%s","email":"%s@example.com",
                 "department":"%s","position":"Clerk","employmentType":"PERMANENT","hireDate":"%s",
                 "monthlySalary":{"amount":"300000","currency":"JPY"}}"""
                .formatted(tag, n, givenName, familyName, givenName.toLowerCase(), department, HIRED);
    }

    /** The employee with this number: hired now as the other tests hire them, or found if one of them did. */
    private String employeeNumbered(String number) {
        Api.Response hired = api.post("hr", "/api/hr/employees", Api.hireJson(number));
        if (hired.status() == 201) {
            return hired.json().get("employeeId").asText();
        }
        assertThat(hired.status()).as(hired.body()).isEqualTo(409);
        AtomicReference<String> found = new AtomicReference<>();
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
            for (int page = 0; found.get() == null; page++) {
                JsonNode items = get("hr", "/api/hr/employees?size=200&page=" + page).path("items");
                for (JsonNode e : items) {
                    if (number.equals(e.path("employeeNumber").asText())) {
                        found.set(e.path("employeeId").asText());
                    }
                }
                if (items.size() < 200) {
                    break;
                }
            }
            return found.get() != null;
        });
        return found.get();
    }

    private JsonNode get(String user, String path) {
        return ok(api.get(user, path));
    }

    private JsonNode post(String user, String path, String json) {
        return ok(api.post(user, path, json));
    }

    private JsonNode postEmpty(String user, String path) {
        return ok(bare(user, path));
    }

    /** A POST without a body, its answer unchecked. */
    private Api.Response bare(String user, String path) {
        return api.send(api.request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private Api.Response put(String user, String path, String json) {
        return api.send(api.request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), json);
    }

    private Api.Response delete(String user, String path) {
        return api.send(api.request(user, path).DELETE().build());
    }

    /** Repeats a command the command side refuses until its own view has caught up; the success's body. */
    private JsonNode until2xx(Supplier<Api.Response> command) {
        AtomicReference<Api.Response> last = new AtomicReference<>();
        try {
            await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
                last.set(command.get());
                return last.get().status() / 100 == 2;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("never succeeded; last answer " + last.get().status() + ": "
                    + last.get().body(), e);
        }
        return last.get().body().isEmpty() ? null : last.get().json();
    }

    /** Reads until the read side shows what the tour wrote; the answer that showed it. */
    private JsonNode eventually(String user, String path, Predicate<JsonNode> shows) {
        return eventually(user, path, shows, WAIT);
    }

    private JsonNode eventually(String user, String path, Predicate<JsonNode> shows, Duration atMost) {
        AtomicReference<Api.Response> last = new AtomicReference<>();
        AtomicReference<JsonNode> shown = new AtomicReference<>();
        try {
            await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
                Api.Response response = api.get(user, path);
                last.set(response);
                if (response.status() / 100 == 2 && shows.test(response.json())) {
                    shown.set(response.json());
                    return true;
                }
                return false;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("GET " + path + " never showed it; last answer " + last.get().status() + ": "
                    + last.get().body(), e);
        }
        return shown.get();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status() / 100).as("%d %s", response.status(), response.body()).isEqualTo(2);
        return response.body().isEmpty() || !response.contentType().contains("json") ? null : response.json();
    }

    private static JsonNode ok(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    private static String id(JsonNode body, String field) {
        assertThat(body.path(field).asText()).as("%s in %s", field, body).isNotBlank();
        return body.path(field).asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
