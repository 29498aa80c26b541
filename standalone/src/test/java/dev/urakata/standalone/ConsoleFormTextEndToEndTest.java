package dev.urakata.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's forms hold text to the rules the API holds JSON to: a NUL or a bidi override typed into the hire
 * form is refused beside its field and records nothing (it used to be stored for good), and a name typed with a
 * combining accent is stored precomposed, as over the API.
 */
class ConsoleFormTextEndToEndTest extends EmbeddedStackTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aNulOrBidiOverrideTypedIntoTheHireFormIsRefusedBesideItsFieldAndRecordsNothing() throws Exception {
        signIn("hr");
        long before = storedEvents();

        Map<String, String> form = hireForm("CF-1");
        form.put("givenName", "Ai\u0000ko");
        form.put("department", "\u202eOperations");
        HttpResponse<String> refused = post("/console/forms/hire", form);

        assertThat(refused.statusCode()).as("the form is shown again, not a redirect").isEqualTo(200);
        assertThat(refused.body()).contains("contains a control character (U+0000)")
                .contains("contains a bidirectional override, embedding or isolate (U+202E)");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api().get("hr", "/api/hr/employees/" + form.get("formId")).status()).isEqualTo(404);
    }

    @Test
    void aNameTypedWithACombiningAccentIsStoredPrecomposed() throws Exception {
        signIn("hr");
        Map<String, String> form = hireForm("CF-2");
        form.put("givenName", "Jose\u0301");
        HttpResponse<String> hired = post("/console/forms/hire", form);

        assertThat(hired.statusCode()).as(hired.body()).isEqualTo(302);
        assertThat(awaitEmployee(form.get("formId"), "hr").get("givenName").asText()).isEqualTo("Jos\u00e9")
                .hasSize(4);
    }

    private Map<String, String> hireForm(String employeeNumber) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrfOf(get("/console/forms/hire")));
        form.put("formId", UUID.randomUUID().toString());
        form.put("employeeNumber", employeeNumber);
        form.put("givenName", "Aiko");
        form.put("familyName", "Tanaka");
        form.put("email", employeeNumber.toLowerCase() + "@example.com");
        form.put("department", "Operations");
        form.put("position", "Clerk");
        form.put("employmentType", "PERMANENT");
        form.put("contractEndDate", "");
        form.put("hireDate", "2026-04-01");
        form.put("salaryAmount", "350000");
        form.put("currency", "JPY");
        return form;
    }

    private void signIn(String user) throws Exception {
        Map<String, String> login = new LinkedHashMap<>();
        login.put("_csrf", csrfOf(get("/login")));
        login.put("username", user);
        login.put("password", user);
        HttpResponse<String> signedIn = post("/login", login);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token in " + page.uri()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
