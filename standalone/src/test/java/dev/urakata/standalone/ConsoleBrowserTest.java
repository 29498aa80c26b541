package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): sign in,
 * every dashboard, a timeline stepped through event by event, a form refused beside its field, a rebuild's progress
 * bar reaching 100 %. Saves screenshots of the main pages under {@code target/screenshots/}.
 *
 * <p>Skipped, with a message saying why, where no Chromium or driver is installed: Selenium Manager is never asked
 * to download one (the driver and browser paths are given explicitly).
 */
class ConsoleBrowserTest extends EmbeddedStackTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A month no other test opens a payroll run for (runs are one per period on the shared stack). */
    private static final String PAYROLL_PERIOD = "2026-09";

    private static WebDriver browser;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + ") to run them");
        if (browser == null) {
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--window-size=1366,900", "--disable-extensions", "--no-first-run");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        }
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void anAnalystSignsInAndReadsEveryDashboardButNotTheAuditTrail() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String warehouse = api().post("ops", "/api/inventory/warehouses",
                "{\"code\":\"CON-" + suffix + "\",\"name\":\"Console\"}").json().get("id").asText();
        String item = api().post("ops", "/api/inventory/items", "{\"sku\":\"CON-" + suffix
                + "\",\"name\":\"Console widget\",\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}")
                .json().get("id").asText();
        assertThat(api().post("ops", "/api/inventory/items/" + item + "/receipts", "{\"warehouseId\":\"" + warehouse
                + "\",\"quantity\":\"4\",\"unitCost\":{\"amount\":\"2.50\",\"currency\":\"EUR\"}}").status())
                .isEqualTo(200);

        browser.get(url("/console"));
        assertThat(browser.getCurrentUrl()).as("the console asks to sign in first").endsWith("/login");
        signIn("analyst", "wrong");
        assertThat(text(By.id("login-error"))).contains("wrong");
        signIn("analyst", "analyst");
        assertThat(text(By.id("signed-in-user"))).isEqualTo("analyst");
        String nav = text(By.cssSelector("nav.nav"));
        assertThat(nav).contains("Payroll cost", "Headcount", "Stock", "Budgets", "Receivables aging")
                .doesNotContain("Audit trail", "Processors", "Hire");
        screenshot("home-analyst");

        for (String[] page : List.of(new String[]{"payroll", "Payroll cost by department and month"},
                new String[]{"headcount", "Headcount by department and month"},
                new String[]{"stock", "Stock value and low stock"},
                new String[]{"budgets", "Budget against actual"},
                new String[]{"aging", "Receivables aging"})) {
            browser.get(url("/console/dashboards/" + page[0]));
            assertThat(text(By.tagName("h1"))).isEqualTo(page[1]);
            assertThat(browser.findElements(By.cssSelector("table caption"))).isNotEmpty();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                    ExpectedConditions.attributeToBe(By.id("chart"), "data-drawn", "true"));
            screenshot("dashboard-" + page[0]);
        }

        // The stock dashboard shows the receipt, valued, in its table and in its CSV.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            browser.get(url("/console/dashboards/stock"));
            assertThat(text(By.id("table-0"))).contains("CON-" + suffix, "10.00 EUR");
        });
        HttpResponse<String> csv = withSession("/console/dashboards/stock.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("stock.csv");
        assertThat(csv.body()).startsWith("SKU,Item,Warehouse").contains("CON-" + suffix + ",Console widget");

        // As known on a day: the date picker replays the stock ledger; low stock is said not to be answerable then.
        browser.get(url("/console/dashboards/stock"));
        pick("filter-asOf", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        browser.findElement(By.cssSelector("form.filters button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("asOf="));
        assertThat(text(By.id("summary"))).startsWith("Stock value as known on");
        assertThat(text(By.id("notice"))).contains("Low stock cannot be shown as known on a past day");
        assertThat(text(By.id("table-0"))).as("received today, so not there yesterday").doesNotContain("CON-" + suffix);
        screenshot("dashboard-stock-as-of");
        browser.get(url("/console/dashboards/stock?asOf=" + LocalDate.now(ZoneOffset.UTC)));
        assertThat(text(By.id("table-0"))).contains("CON-" + suffix, "4 pcs");
        assertThat(browser.findElements(By.id("table-1"))).as("no low-stock table under a past date").isEmpty();
        assertThat(withSession("/console/dashboards/stock.csv?asOf=" + LocalDate.now(ZoneOffset.UTC)).body())
                .startsWith("SKU,Item,Warehouse,On hand,On hand unit,Value,Value currency")
                .contains("CON-" + suffix + ",Console widget");
        browser.get(url("/console/dashboards/stock"));
        assertThat(browser.findElements(By.id("notice"))).as("today's page has low stock").isEmpty();

        // A bad filter is a message, not a stack trace.
        browser.get(url("/console/dashboards/payroll?from=April"));
        assertThat(text(By.id("problem-detail"))).contains("from must be a month", "INVALID_INPUT");

        // Analysts do not see the audit trail, by link or by address.
        browser.get(url("/console/audit"));
        assertThat(text(By.id("problem-detail"))).contains("FORBIDDEN");
        assertThat(withSession("/console/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void aComplianceOfficerFindsWhoChangedASalaryAndStepsThroughTheTimeline() {
        String number = "CON-" + UUID.randomUUID().toString().substring(0, 8);
        String id = hire(number);
        assertThat(api().post("hr", "/api/hr/employees/" + id + "/salary-changes", """
                {"monthlySalary":{"amount":"380000","currency":"JPY"},"effectiveDate":"2026-07-01",
                 "reason":"review"}""").status()).isEqualTo(200);
        auditOf(id, 2);

        signIn("compliance", "compliance");
        browser.get(url("/console/audit"));
        browser.findElement(By.id("aggregateId")).sendKeys(id);
        browser.findElement(By.id("search")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("audit-results")));
        String results = text(By.id("audit-results"));
        assertThat(results).contains("EmployeeHiredEvent", "EmployeeSalaryChangedEvent", "hr");
        assertThat(text(By.id("audit-total"))).startsWith("2 event(s)");
        screenshot("audit-search");

        List<WebElement> links = browser.findElements(By.cssSelector("#audit-results a.timeline-link"));
        links.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("step-position")));
        assertThat(text(By.id("step-position"))).isEqualTo("Event 1 of 2");
        assertThat(text(By.id("event-type"))).isEqualTo("EmployeeHiredEvent");
        assertThat(text(By.id("state-after"))).contains("350000");

        browser.findElement(By.id("next-step")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("step-position"),
                "Event 2 of 2"));
        assertThat(text(By.id("event-type"))).isEqualTo("EmployeeSalaryChangedEvent");
        assertThat(text(By.id("event-user"))).isEqualTo("hr");
        assertThat(browser.findElements(By.cssSelector("#state-after tr.changed")).stream()
                .map(WebElement::getText).toList()).anySatisfy(row -> assertThat(row).contains("380000"));
        assertThat(browser.findElements(By.id("next-step"))).as("no step after the last").isEmpty();
        screenshot("audit-timeline");
        // From the change to what the payroll showed for the month it took effect in, as known that day.
        browser.findElement(By.id("payroll-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Payroll cost by department and month"));
        assertThat(browser.getCurrentUrl()).contains("from=2026-07", "to=2026-07", "asOf=");
        assertThat(text(By.id("summary"))).startsWith("Total cost from 2026-07 to 2026-07");

        browser.get(url("/console/audit/verify"));
        assertThat(text(By.id("verification"))).startsWith("Verified");
        screenshot("audit-verify");
        HttpResponse<String> export = withSession("/console/audit/export.csv?aggregateId=" + id);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().lines().count()).isEqualTo(3);
        assertThat(export.body()).contains("EmployeeSalaryChangedEvent");
    }

    @Test
    void aComplianceOfficerFindsRefusalsOfTheApiAndOfTheConsoleInTheRefusalLog() {
        String unknown = UUID.randomUUID().toString();
        assertThat(api().get("staff1", "/api/hr/employees/" + unknown).status()).isEqualTo(403);
        signIn("ops", "not-the-password");
        assertThat(text(By.id("login-error"))).contains("wrong");
        signIn("analyst", "analyst");
        browser.get(url("/console/audit/refusals"));
        assertThat(text(By.id("problem-detail"))).as("closed to analysts").contains("FORBIDDEN");

        signIn("compliance", "compliance");
        browser.get(url("/console/audit"));
        browser.findElement(By.id("refusal-log-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("refusal-results")));
        assertThat(text(By.tagName("h1"))).isEqualTo("Security and refusal log");
        fill("refusal-user", "staff1");
        new Select(browser.findElement(By.id("refusal-kind"))).selectByValue("FORBIDDEN");
        fill("refusal-route", "/api/hr/employees/{employeeId}");
        browser.findElement(By.id("refusal-search-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("kind=FORBIDDEN"));
        String found = text(By.id("refusal-results"));
        assertThat(found).contains("employeeId=" + unknown, "403 FORBIDDEN", "GET /api/hr/employees/{employeeId}",
                "staff1", "FORBIDDEN");
        assertThat(text(By.id("refusal-total"))).matches("[1-9][0-9]* refusal\\(s\\) found\\.");
        screenshot("audit-refusals");

        // The console's own refusals: the analyst's page refused by its path, the wrong password at the sign-in.
        browser.get(url("/console/audit/refusals?user=analyst&kind=FORBIDDEN&route=/console/audit/refusals"));
        assertThat(text(By.id("refusal-results"))).contains("GET /console/audit/refusals", "403 FORBIDDEN");
        browser.get(url("/console/audit/refusals?user=ops&kind=SIGN_IN_FAILED"));
        assertThat(text(By.id("refusal-results"))).contains("POST /login", "401 UNAUTHENTICATED");
        browser.get(url("/console/audit/refusals?kind=SOMETHING"));
        assertThat(text(By.id("problem-detail"))).contains("kind must be one of", "INVALID_INPUT");

        browser.get(url("/console/audit/verify"));
        assertThat(text(By.id("refusal-log-verification"))).startsWith("Intact");
        assertThat(Long.parseLong(text(By.id("refusal-rows-checked")))).isPositive();
    }

    @Test
    void aBadValueInTheHireFormIsShownBesideItsFieldAndNothingIsHired() {
        String number = "CON-F-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("hr", "hr");
        browser.get(url("/console/forms/hire"));
        fill("employeeNumber", number);
        fill("givenName", "Mei");
        fill("familyName", "Sato");
        fill("email", "not-an-address");
        fill("department", "Operations");
        fill("position", "Clerk");
        fill("salaryAmount", "12.345");
        browser.findElement(By.id("hire-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("error-summary")));
        assertThat(text(By.id("email-error"))).contains("well-formed email address");
        assertThat(text(By.id("salaryAmount-error"))).contains("more decimals than JPY allows");
        assertThat(browser.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("employeeNumber")).getAttribute("value")).isEqualTo(number);
        screenshot("form-hire-refused");

        fill("email", "mei.sato@example.com");
        fill("salaryAmount", "300000");
        browser.findElement(By.id("hire-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("p.flash")));
        assertThat(text(By.cssSelector("p.flash"))).contains("Hired Mei Sato as employee " + number);

        // The command side's own refusal lands beside the field too, with its code.
        browser.get(url("/console/forms/hire"));
        fill("employeeNumber", number);
        fill("givenName", "Mei");
        fill("familyName", "Sato");
        fill("email", "mei.sato@example.com");
        fill("department", "Operations");
        fill("position", "Clerk");
        fill("salaryAmount", "300000");
        browser.findElement(By.id("hire-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("employeeNumber-error")));
        assertThat(text(By.id("employeeNumber-error"))).contains("DUPLICATE_EMPLOYEE_NUMBER");
    }

    @Test
    void anEmployeeOpensATicketForThemselvesAfterFixingTheCategory() {
        signIn("staff1", "staff1");
        browser.get(url("/console/forms/ticket"));
        assertThat(browser.findElements(By.id("requester"))).as("employees open tickets for themselves").isEmpty();
        fill("subject", "Laptop will not boot");
        fill("description", "Black screen since this morning");
        fill("category", "hardware");
        browser.findElement(By.id("ticket-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("category-error")));
        assertThat(text(By.id("category-error"))).isEqualTo("must be an upper-case code such as HARDWARE");
        fill("category", "HARDWARE");
        browser.findElement(By.id("ticket-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("p.flash")));
        assertThat(text(By.cssSelector("p.flash"))).contains("Opened ticket", "Laptop will not boot");
    }

    @Test
    void aPlannerSchedulesAShiftChosenFromTheListAfterTheRefusalsBesideTheFields() {
        String location = "CON-S-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate first = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        Api.Response created = api().post("manager", "/api/workforce/schedules", """
                {"location":"%s","team":"Floor","firstDay":"%s","lastDay":"%s","timeZone":"Asia/Tokyo"}"""
                .formatted(location, first, first.plusDays(13)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String schedule = created.json().get("scheduleId").asText();

        signIn("manager", "manager");
        assertThat(text(By.cssSelector("nav.nav"))).contains("Schedule a shift")
                .doesNotContain("Receive stock", "Issue an invoice", "Hire");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            browser.get(url("/console/forms/shift"));
            new Select(browser.findElement(By.id("scheduleId"))).selectByValue(schedule);
        });
        assertThat(new Select(browser.findElement(By.id("scheduleId"))).getFirstSelectedOption().getText())
                .startsWith(location + ", Floor: " + first);
        String shift = browser.findElement(By.name("formId")).getAttribute("value");
        pick("start", first.plusDays(20) + "T09:00");
        pick("end", first.plusDays(20) + "T17:00");
        fill("position", "Cashier");
        fill("requiredHeadcount", "0");
        submit("shift-submit", By.id("error-summary"));
        assertThat(text(By.id("requiredHeadcount-error"))).isEqualTo("must be greater than or equal to 1");

        fill("requiredHeadcount", "2");
        submit("shift-submit", By.id("start-error"));
        assertThat(text(By.id("start-error"))).contains("inside the schedule's period", "INVALID_INPUT");
        assertThat(browser.findElement(By.id("start")).getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("form-shift-refused");

        pick("start", first.plusDays(2) + "T09:00");
        pick("end", first.plusDays(2) + "T17:00");
        submit("shift-submit", By.cssSelector("p.flash"));
        assertThat(text(By.cssSelector("p.flash"))).contains("Scheduled a Cashier shift", location);
        screenshot("form-shift-done");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode view = api().get("manager", "/api/workforce/shifts/" + shift).json();
            assertThat(view.path("scheduleId").asText()).isEqualTo(schedule);
            assertThat(view.path("position").asText()).isEqualTo("Cashier");
            assertThat(view.path("requiredHeadcount").asInt()).isEqualTo(2);
        });
    }

    @Test
    void theWarehouseReceivesStockAndTheStockOnHandRises() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String warehouse = api().post("ops", "/api/inventory/warehouses",
                "{\"code\":\"CON-R-" + suffix + "\",\"name\":\"Dock\"}").json().get("id").asText();
        String item = api().post("ops", "/api/inventory/items", "{\"sku\":\"CON-R-" + suffix
                + "\",\"name\":\"Received widget\",\"unitOfMeasure\":\"pcs\",\"currency\":\"EUR\"}")
                .json().get("id").asText();

        signIn("ops", "ops");
        assertThat(text(By.cssSelector("nav.nav"))).contains("Receive stock").doesNotContain("Issue an invoice");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            browser.get(url("/console/forms/receipt"));
            new Select(browser.findElement(By.id("itemId"))).selectByValue(item);
            new Select(browser.findElement(By.id("warehouseId"))).selectByValue(warehouse);
        });
        fill("quantity", "-3");
        fill("unitCost", "2.50");
        fill("currency", "USD");
        submit("receipt-submit", By.id("error-summary"));
        assertThat(text(By.id("quantity-error"))).isEqualTo("must be greater than 0");

        // The command side's own refusal: the item is valued in euros.
        fill("quantity", "5");
        submit("receipt-submit", By.id("currency-error"));
        assertThat(text(By.id("currency-error"))).contains("EUR", "CURRENCY_MISMATCH");
        screenshot("form-receipt-refused");

        fill("currency", "EUR");
        submit("receipt-submit", By.cssSelector("p.flash"));
        assertThat(text(By.cssSelector("p.flash"))).contains("Received 5 of CON-R-" + suffix, "CON-R-" + suffix
                + " Dock", "2.50 EUR");
        screenshot("form-receipt-done");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode stock = api().get("ops", "/api/inventory/stock?itemId=" + item).json().path("items");
            assertThat(stock).hasSize(1);
            assertThat(new BigDecimal(stock.get(0).path("onHand").asText("0"))).isEqualByComparingTo("5");
        });
    }

    @Test
    void financeIssuesAnInvoiceAfterFixingALineAndTheCustomerOwesIt() {
        String name = "Console customer " + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = api().post("finance", "/api/finance/customers",
                "{\"name\":\"" + name + "\",\"currency\":\"JPY\",\"paymentTermsDays\":30}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String customer = created.json().get("customerId").asText();

        signIn("finance", "finance");
        assertThat(text(By.cssSelector("nav.nav"))).contains("Issue an invoice").doesNotContain("Receive stock");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            browser.get(url("/console/forms/invoice"));
            new Select(browser.findElement(By.id("customerId"))).selectByValue(customer);
        });
        String invoice = browser.findElement(By.name("formId")).getAttribute("value");
        fill("lines-0-description", "Consulting");
        fill("lines-0-quantity", "2");
        fill("lines-0-unitPrice", "50000");
        fill("lines-0-taxCode", "STANDRD");
        fill("lines-1-description", "Travel");
        submit("invoice-submit", By.id("error-summary"));
        assertThat(text(By.id("lines-1-quantity-error"))).isEqualTo("must not be blank");
        assertThat(browser.findElement(By.id("lines-0-description")).getAttribute("value")).isEqualTo("Consulting");

        fill("lines-1-description", "");
        submit("invoice-submit", By.id("lines-0-taxCode-error"));
        assertThat(text(By.id("lines-0-taxCode-error"))).contains("STANDRD", "UNKNOWN_TAX_CODE");
        screenshot("form-invoice-refused");

        fill("lines-0-taxCode", "STANDARD");
        submit("invoice-submit", By.cssSelector("p.flash"));
        assertThat(text(By.cssSelector("p.flash"))).contains("Issued invoice " + invoice, name);
        screenshot("form-invoice-done");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode items = api().get("finance", "/api/finance/invoices?customerId=" + customer).json()
                    .path("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).path("invoiceId").asText()).isEqualTo(invoice);
            assertThat(items.get(0).path("status").asText()).isEqualTo("ISSUED");
            // 2 x 50,000 plus 10 % consumption tax.
            assertThat(new BigDecimal(items.get(0).path("gross").path("amount").asText("0")))
                    .isEqualByComparingTo("110000");
        });
    }

    @Test
    void thePayrollDashboardShowsADepartmentsCostAsTheApiDoes() {
        String department = "Console-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            String number = "CON-P-" + UUID.randomUUID().toString().substring(0, 8);
            Api.Response hired = api().post("hr", "/api/hr/employees", Api.hireJson(number)
                    .replace("\"Operations\"", "\"" + department + "\"").replace("2026-04-01", "2026-08-01")
                    .replace("\"350000\"", "\"" + (300000 + 20000 * i) + "\""));
            assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        }
        // The sample policy is adopted at start; the run opens once the command side has seen it.
        String[] run = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Api.Response opened = api().post("payroll", "/api/payroll/runs",
                    "{\"policyId\":\"sample\",\"period\":\"" + PAYROLL_PERIOD + "\"}");
            run[0] = opened.status() == 201 ? opened.json().get("id").asText() : null;
            return run[0] != null;
        });
        String base = "/api/payroll/runs/" + run[0];
        // Calculates again until the register has this department's three (payroll may still be seeing the hires).
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(post("payroll", base + "/calculate").status()).isEqualTo(200);
            JsonNode register = api().get("finance", base).json();
            int rows = 0;
            for (JsonNode row : register.path("rows")) {
                rows += department.equals(row.path("department").asText()) ? 1 : 0;
            }
            return rows == 3 && register.path("totalsMatchRows").asBoolean();
        });
        assertThat(post("payroll", base + "/submit").status()).isEqualTo(200);
        assertThat(post("admin", base + "/approve").status()).isEqualTo(200);
        assertThat(api().post("payroll", base + "/pay", "{\"paymentDate\":\"" + PAYROLL_PERIOD + "-25\"}")
                .status()).isEqualTo(200);

        String query = "from=" + PAYROLL_PERIOD + "&to=" + PAYROLL_PERIOD;
        JsonNode[] cost = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode c : api().get("analyst", "/api/payroll/costs?" + query + "&size=200").json().path("items")) {
                if (department.equals(c.path("department").asText())) {
                    cost[0] = c;
                }
            }
            return cost[0] != null;
        });
        assertThat(cost[0].path("headcount").asInt()).isEqualTo(3);
        BigDecimal total = new BigDecimal(cost[0].path("totalCost").path("amount").asText());
        assertThat(total).isGreaterThan(new BigDecimal("960000"));

        signIn("analyst", "analyst");
        browser.get(url("/console/dashboards/payroll?" + query));
        WebElement row = browser.findElements(By.cssSelector("#table-0 tbody tr")).stream()
                .filter(r -> r.getText().contains(department)).findFirst().orElseThrow();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo(PAYROLL_PERIOD);
        assertThat(cells.get(4).getText()).endsWith(" JPY");
        assertThat(new BigDecimal(cells.get(4).getText().replace(" JPY", ""))).isEqualByComparingTo(total);
        assertThat(cells.get(5).getText()).isEqualTo("3");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        screenshot("dashboard-payroll-with-data");

        String csvRow = withSession("/console/dashboards/payroll.csv?" + query).body().lines()
                .filter(line -> line.contains("," + department + ",")).findFirst().orElseThrow();
        String[] csvCells = csvRow.split(",");
        assertThat(csvCells[0]).isEqualTo(PAYROLL_PERIOD);
        // Month, Department, Gross pay (+ currency), Employer contributions (+ currency), Total cost (+ currency):
        // amounts are plain numbers a spreadsheet sums, their currency in a cell of its own.
        assertThat(new BigDecimal(csvCells[6])).isEqualByComparingTo(total);
        assertThat(csvCells[7]).isEqualTo("JPY");
    }

    @Test
    void anAdministratorWatchesARebuildsProgressBarReachOneHundredPercent() {
        signIn("admin", "admin");
        browser.get(url("/console/operations"));
        assertThat(text(By.id("processors"))).contains("inventory-catalog");
        // htmx may swap the table between finding the button and clicking it: find it again then.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElement(By.cssSelector("button[aria-label='Rebuild inventory-catalog']")).click();
                    return true;
                });
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("p.flash")));
        assertThat(text(By.cssSelector("p.flash"))).contains("Rebuild of inventory-catalog started");
        // The page is not reloaded: htmx swaps in the table every two seconds until the bar is full. A swap can
        // replace the bar while it is being read; that stale element just means "look again".
        new WebDriverWait(browser, Duration.ofSeconds(45)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<WebElement> bar = driver.findElements(By.id("progress-inventory-catalog"));
                    return !bar.isEmpty() && "100".equals(bar.get(0).getAttribute("value"))
                            && driver.findElement(By.cssSelector("label[for='progress-inventory-catalog']"))
                            .getText().startsWith("DONE");
                });
        assertThat(browser.findElements(By.cssSelector("p.flash"))).as("still the same page").isNotEmpty();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('progress-inventory-catalog')"
                + ".scrollIntoView({block: 'center'})");
        screenshot("operations-rebuild-done");

        browser.get(url("/console/operations/dead-letters"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Dead letters");
    }

    @Test
    void theApiStaysStatelessBesideTheConsole() {
        // No session cookie and no redirect to a login page for the API: a problem document, as before.
        Api.Response anonymous = api().get(null, "/api/hr/employees");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).contains("application/problem+json");
        signIn("hr", "hr");
        HttpResponse<String> withCookieOnly = withSession("/api/hr/employees");
        assertThat(withCookieOnly.statusCode()).as("a console session does not sign API calls").isEqualTo(401);
    }

    private void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        fill("username", user);
        fill("password", password);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                !driver.findElements(By.id("signed-in-user")).isEmpty()
                        || !driver.findElements(By.id("login-error")).isEmpty());
    }

    /** Sets a date, month or date-time picker's value as a person choosing in it would. */
    private void pick(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]; "
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                browser.findElement(By.id(id)), value);
    }

    private void submit(String button, By expected) {
        browser.findElement(By.id(button)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(expected));
    }

    private Api.Response post(String user, String path) {
        return api().send(api().request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A plain HTTP request carrying the browser's session cookie, for downloads and status codes. */
    private HttpResponse<String> withSession(String path) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
