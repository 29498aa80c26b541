package dev.urakata.standalone;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
        // The page is not reloaded: htmx swaps in the table every two seconds until the bar is full.
        new WebDriverWait(browser, Duration.ofSeconds(45)).until(driver -> {
            List<WebElement> bar = driver.findElements(By.id("progress-inventory-catalog"));
            return !bar.isEmpty() && "100".equals(bar.get(0).getAttribute("value"))
                    && driver.findElement(By.cssSelector("label[for='progress-inventory-catalog']")).getText()
                    .startsWith("DONE");
        });
        assertThat(browser.findElements(By.cssSelector("p.flash"))).as("still the same page").isNotEmpty();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id("progress-inventory-catalog")));
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
