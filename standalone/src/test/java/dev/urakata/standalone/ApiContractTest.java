package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenAPI document as apps' developers rely on it, checked against the running application: every operation
 * is called with success ({@link ApiTour}, a company's first weeks through the API, on a stack of its own) and
 * refused (no credentials; a role its description does not list), and every answer is validated by
 * {@link ApiContract} — status, required headers, media type and body, with no field the schema does not name. The test prints how many operations it
 * covered and fails if one was left out.
 *
 * <p>How it fails: a controller that answers a status its operation does not declare (a 200 from a create that
 * documents 201), adds a field the response schema does not name, leaves out a 201's Location, or accepts a query
 * parameter the document does not list makes {@link ApiContract#check} throw an AssertionError naming the
 * operation and each departure — {@link #theCheckFailsOnAnythingTheDocumentDoesNotDeclare} shows each case.
 */
@SpringBootTest(classes = UrakataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // a stack of its own, closed afterwards: the tour changes company-wide rules the other tests count on
class ApiContractTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("urakata-contract-");
        dir.toFile().deleteOnExit();
        registry.add("urakata.data-dir", dir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void everyOperationAnswersASuccessAndARefusalAsTheDocumentSays() {
        ApiContract contract = new ApiContract(ApiDocumentTest.COPY);
        Api api = new Api(port, contract);
        new ApiTour(api).run();
        int roleRefusals = 0;
        for (ApiContract.Operation operation : contract.operations()) {
            assertThat(RoleMatrixEndToEndTest.call(api, null, operation.name()).status())
                    .as(operation.name() + " without credentials").isEqualTo(401);
            Optional<String> outsider = refusedUser(operation.node());
            if (outsider.isPresent()) {
                Api.Response refused = RoleMatrixEndToEndTest.call(api, outsider.get(), operation.name());
                assertThat(refused.status()).as(operation.name() + " as " + outsider.get()
                        + ", a role its description does not list").isEqualTo(403);
                roleRefusals++;
            }
        }
        Map<String, Set<String>> outcomes = contract.outcomes();
        List<String> uncovered = new ArrayList<>();
        for (ApiContract.Operation operation : contract.operations()) {
            Set<String> seen = outcomes.getOrDefault(operation.name(), Set.of());
            if (!seen.contains("success") || !seen.contains("refusal")) {
                uncovered.add(operation.name() + " " + seen);
            }
        }
        int total = contract.operations().size();
        System.out.printf("API contract: %d of %d operations answered with a success and a refusal (%d refused for"
                + " a role they do not list), every answer valid against docs/openapi.json%n",
                total - uncovered.size(), total, roleRefusals);
        assertThat(uncovered).as("operations not called with both a success and a refusal").isEmpty();
        everyEventSaysWhoAndWithinWhichTransaction(api);
    }

    /**
     * The tour made every kind of event the API can cause, deadlines and sagas included (a reminder, an overdue
     * training, an offboarding): each must name a user — a person, or "system" for what nobody typed — and a
     * business transaction, and the system's must name their cause. Read once the trail has caught up with the tour.
     */
    private static void everyEventSaysWhoAndWithinWhichTransaction(Api api) {
        List<String> unattributed = new ArrayList<>();
        int seen = 0;
        for (int page = 0; ; page++) {
            JsonNode items = api.get("compliance", "/api/audit/events?size=200&page=" + page).json().path("items");
            for (JsonNode event : items) {
                seen++;
                boolean system = "system".equals(event.path("user").asText());
                if (event.path("user").asText().isBlank() || event.path("correlationId").asText().isBlank()
                        || (system && event.path("causationId").asText().isBlank())) {
                    unattributed.add(event.path("eventType").asText() + " " + event.path("eventId").asText()
                            + " user=" + event.path("user") + " correlationId=" + event.path("correlationId"));
                }
            }
            if (items.size() < 200) {
                break;
            }
        }
        System.out.printf("Attribution: %d events of the tour, %d without a user or a transaction%n", seen,
                unattributed.size());
        assertThat(seen).isPositive();
        assertThat(unattributed).as("events that do not say who and within which transaction").isEmpty();
    }

    @Test
    void theCheckFailsOnAnythingTheDocumentDoesNotDeclare() {
        ApiContract contract = new ApiContract(ApiDocumentTest.COPY);
        String created = "{\"employeeId\":\"e-1\"}";
        Map<String, String> location = Map.of("Location", "/api/hr/employees/e-1",
                "Content-Type", "application/json");
        contract.check(exchange("POST", "/api/hr/employees", null, 201, location, created));
        // a create that answers 200
        assertThatThrownBy(() -> contract.check(exchange("POST", "/api/hr/employees", null, 200, location, created)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("status 200 is not declared");
        // a field the response schema does not name
        assertThatThrownBy(() -> contract.check(exchange("POST", "/api/hr/employees", null, 201, location,
                "{\"employeeId\":\"e-1\",\"salary\":\"350000\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("'salary' is not evaluated");
        // a 201 without its Location
        assertThatThrownBy(() -> contract.check(exchange("POST", "/api/hr/employees", null, 201,
                Map.of("Content-Type", "application/json"), created)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("required header Location is missing");
        // an undeclared query parameter that the server accepted (the audit filter is `type`, not `eventType`)
        assertThatThrownBy(() -> contract.check(exchange("GET", "/api/audit/events", "eventType=X", 200,
                Map.of("Content-Type", "application/json"), "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("query parameter 'eventType'");
        // a problem whose code is not one the operation can raise
        assertThatThrownBy(() -> contract.check(exchange("GET", "/api/hr/employees", null, 400,
                Map.of("Content-Type", "application/problem+json"),
                "{\"type\":\"about:blank\",\"title\":\"Bad\",\"status\":400,\"code\":\"INSUFFICIENT_STOCK\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("response /code");
        // requests outside the document (the console) are not checked
        contract.check(exchange("GET", "/console", null, 200, Map.of("Content-Type", "text/html"), "<html>"));
    }

    @Test
    void everyExampleInTheDocumentIsARequestItsOperationAccepts() {
        ApiContract contract = new ApiContract(ApiDocumentTest.COPY);
        List<String> examples = new ArrayList<>();
        for (ApiContract.Operation operation : contract.operations()) {
            operation.node().at("/requestBody/content/application~1json/examples").forEach(example -> {
                examples.add(operation.node().path("operationId").asText());
                assertThat(contract.requestViolations(operation, example.path("value").toString()))
                        .as("the example of " + operation.name()).isEmpty();
            });
        }
        assertThat(examples).contains("hrHire", "financeRegisterCustomer", "financeDraftInvoice", "financePay",
                "legalDraft", "inventoryReceive");
    }

    /** The first demo account whose role the operation's description does not list, if it lists only roles. */
    private static Optional<String> refusedUser(JsonNode operation) {
        String description = operation.path("description").asText();
        int at = description.indexOf("**Roles:** ");
        String roles = at < 0 ? "" : description.substring(at + "**Roles:** ".length()).strip();
        if (roles.isEmpty() || roles.contains("rule `") || roles.startsWith("any signed-in user")) {
            return Optional.empty();
        }
        List<String> listed = Arrays.stream(roles.split(",")).map(String::strip).toList();
        return RoleMatrix.ACCOUNTS.entrySet().stream().filter(account -> !listed.contains(account.getKey()))
                .findFirst().map(Map.Entry::getValue);
    }

    private static ApiContract.Exchange exchange(String method, String path, String query, int status,
                                                 Map<String, String> headers, String body) {
        return new ApiContract.Exchange(method, URI.create(path).getRawPath(), query, null, status,
                name -> headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                        .map(Map.Entry::getValue).findFirst(), body);
    }
}
