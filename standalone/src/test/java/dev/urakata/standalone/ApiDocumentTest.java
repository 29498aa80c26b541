package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as apps' developers start from it: a copy is kept in {@code docs/openapi.json} so that a
 * change of the contract shows in review, and every operation documents its refusals as problem documents.
 */
class ApiDocumentTest extends EmbeddedStackTest {

    static final Path COPY = Path.of("..", "docs", "openapi.json");

    @Test
    void docsOpenApiJsonIsTheDocumentTheApplicationServes() throws IOException {
        Api.Response served = api().get("admin", "/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String document = json.writeValueAsString(json.readTree(served.body())) + "\n";
        String copy = Files.exists(COPY) ? Files.readString(COPY) : "";
        if (!copy.equals(document)) {
            Files.writeString(COPY, document);
        }
        assertThat(copy).as("docs/openapi.json was out of date and has been rewritten: review and commit it")
                .isEqualTo(document);
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsProblemsWithTheirCodes() {
        JsonNode document = api().get("admin", "/v3/api-docs").json();
        assertThat(document.at("/components/schemas/Problem/properties/code").isMissingNode()).isFalse();
        List<String> operations = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            JsonNode responses = op.getValue().get("responses");
            for (String status : List.of("400", "401", "403", "503")) {
                if (codes(document, responses.path(status)).isEmpty()) {
                    undocumented.add(name + " " + status);
                }
            }
            if (!op.getValue().path("operationId").asText().matches("[a-z][A-Za-z]+")) {
                undocumented.add(name + " has no stable operation id: " + op.getValue().path("operationId"));
            }
            if (!op.getValue().path("description").asText().contains("**Roles:** ")) {
                undocumented.add(name + " does not say which roles may call it");
            }
            if (path.getKey().contains("{") && !responses.has("404")) {
                undocumented.add(name + " 404");
            }
        }));
        System.out.println("OpenAPI document: " + operations.size() + " operations");
        assertThat(operations).hasSizeGreaterThan(150);
        assertThat(undocumented).as("refusals an operation does not document").isEmpty();
        assertThat(codes(document, document.at("/paths/~1api~1hr~1employees/post/responses/409")))
                .contains("DUPLICATE_EMPLOYEE_NUMBER", "CONCURRENT_MODIFICATION");
        assertThat(document.at("/paths/~1api~1hr~1employees/post/operationId").asText()).isEqualTo("hrHire");
        assertThat(document.at("/paths/~1api~1hr~1employees/post/description").asText())
                .endsWith("**Roles:** ADMIN, HR");
        assertThat(document.at("/components/schemas/Money/properties/amount/type").asText()).isEqualTo("string");
        assertThat(codes(document, document.at("/paths/~1api~1hr~1employees/get/responses/400")))
                .contains("INVALID_INPUT").doesNotContain("DUPLICATE_EMPLOYEE_NUMBER");
    }

    @Test
    void createsDocumentTheir201WithLocationAndBackgroundWorkIts202() {
        JsonNode paths = api().get("admin", "/v3/api-docs").json().get("paths");
        for (String create : List.of("/api/hr/employees", "/api/inventory/warehouses", "/api/finance/customers",
                "/api/legal/contracts", "/api/payroll/runs", "/api/workforce/schedules")) {
            JsonNode responses = paths.at("/" + create.replace("/", "~1") + "/post/responses");
            assertThat(responses.has("201")).as(create).isTrue();
            assertThat(responses.has("200")).as(create).isFalse();
            assertThat(responses.at("/201/headers/Location").isMissingNode()).as(create).isFalse();
        }
        assertThat(paths.at("/~1api~1finance~1budgets/post/responses").has("200")).isTrue();
        assertThat(paths.at("/~1api~1finance~1budgets/post/responses").has("201")).isTrue();
        assertThat(paths.at("/~1api~1operations~1processors~1{name}~1rebuild/post/responses").has("202")).isTrue();
    }

    /** The codes a documented problem response may carry: the enum of its schema's {@code code}. */
    static List<String> codes(JsonNode document, JsonNode response) {
        String ref = response.at("/content/application~1problem+json/schema/$ref").asText("");
        JsonNode schema = ref.isEmpty() ? response : document.at(ref.substring(1));
        List<String> codes = new ArrayList<>();
        schema.at("/allOf/1/properties/code/enum").forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
