package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The OpenAPI document (its copy in docs/openapi.json, kept current by {@link ApiDocumentTest}) as a contract that
 * real answers are held to. For the operation a request addresses, an answer must have a status the operation
 * declares, the headers it requires (a 201's {@code Location}, a 401's {@code WWW-Authenticate}), a media type it
 * declares, and a body that validates against the declared schema — with no field the schema does not name. A
 * request the server accepted must have used only the query parameters the operation declares and sent a body that
 * its request schema allows.
 *
 * <p>Validation uses networknt's json-schema-validator with its OpenAPI 3.1 dialect (JSON Schema 2020-12) over the
 * whole document, so {@code $ref}s resolve as they are written. "No undeclared field" is added here, in the
 * validator's copy only: every object schema that names its properties gets {@code unevaluatedProperties: false}
 * (the 2020-12 keyword that also sees the properties of {@code allOf} parts), and formats ({@code date},
 * {@code date-time}, {@code uuid}) are asserted rather than only annotated.
 *
 * <p>Every exchange checked is counted per operation as a success (2xx) or a refusal (4xx), which is what
 * {@link ApiContractTest} reports as coverage.
 */
final class ApiContract {

    /** What one request and its answer looked like on the wire. */
    record Exchange(String method, String rawPath, String query, String requestBody, int status,
                    Function<String, Optional<String>> responseHeader, String responseBody) {
    }

    record Operation(String method, String template, Pattern path, int variables, JsonNode node, String pointer) {
        String name() {
            return method + " " + template;
        }
    }

    private static final String DOCUMENT_URI = "https://urakata.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CHECKED_METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The contract of the document in docs/openapi.json, loaded once per test JVM. */
    static final ApiContract DOCUMENT = new ApiContract(Path.of("..", "docs", "openapi.json"));

    private final List<Operation> operations = new ArrayList<>();
    private final SchemaRegistry schemas;
    private final ConcurrentMap<String, Schema> loaded = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Set<String>> outcomes = new ConcurrentHashMap<>();

    ApiContract(Path document) {
        try {
            JsonNode root = JSON.readTree(Files.readString(document));
            root.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                if (!CHECKED_METHODS.contains(op.getKey())) {
                    return;
                }
                String regex = "^" + path.getKey().replaceAll("\\{[^/]+}", "[^/]+") + "$";
                int variables = path.getKey().split("\\{", -1).length - 1;
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), Pattern.compile(regex),
                        variables, op.getValue(), "/paths/" + escape(path.getKey()) + "/" + op.getKey()));
            }));
            String strict = JSON.writeValueAsString(closeObjects(root.deepCopy(), false));
            schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                    .schemas(Map.of(DOCUMENT_URI, strict))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** The operation a request addresses: among matching templates, the one with fewest path variables. */
    Optional<Operation> operation(String method, String rawPath) {
        return operations.stream().filter(op -> op.method().equals(method) && op.path().matcher(rawPath).matches())
                .min(Comparator.comparingInt(Operation::variables));
    }

    /** Fails with every way {@code exchange} departs from the document; requests outside it are not checked. */
    void check(Exchange exchange) {
        List<String> violations = violations(exchange);
        // -Durakata.contract.report-only=true prints instead, to list every departure of a whole run at once
        if (!violations.isEmpty() && Boolean.getBoolean("urakata.contract.report-only")) {
            System.err.println("CONTRACT VIOLATION " + exchange.method() + " " + exchange.rawPath() + " "
                    + exchange.status() + ": " + violations);
        } else if (!violations.isEmpty()) {
            throw new AssertionError(exchange.method() + " " + exchange.rawPath() + " answered " + exchange.status()
                    + " against the OpenAPI document:\n  " + String.join("\n  ", violations)
                    + "\n  body: " + abbreviated(exchange.responseBody()));
        }
    }

    List<String> violations(Exchange exchange) {
        Optional<Operation> found = operation(exchange.method(), exchange.rawPath());
        if (found.isEmpty()) {
            return List.of();
        }
        Operation operation = found.get();
        int status = exchange.status();
        record(operation, status);
        List<String> violations = new ArrayList<>();
        JsonNode response = operation.node().path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            violations.add("status " + status + " is not declared (declared: "
                    + names(operation.node().path("responses")) + ")");
            return violations;
        }
        String responsePointer = operation.pointer() + "/responses/" + status;
        response.path("headers").fields().forEachRemaining(header -> {
            if (header.getValue().path("required").asBoolean()
                    && exchange.responseHeader().apply(header.getKey()).isEmpty()) {
                violations.add("required header " + header.getKey() + " is missing");
            }
        });
        String body = exchange.responseBody() == null ? "" : exchange.responseBody();
        if (!body.isEmpty()) {
            String mediaType = exchange.responseHeader().apply("Content-Type").orElse("")
                    .split(";")[0].strip().toLowerCase();
            JsonNode content = response.path("content");
            String declared = content.has(mediaType) ? mediaType : content.has("*/*") ? "*/*" : null;
            if (declared == null) {
                violations.add("media type '" + mediaType + "' is not declared (declared: " + names(content) + ")");
            } else if (isJson(mediaType) && content.path(declared).has("schema")) {
                violations.addAll(validate(responsePointer + "/content/" + escape(declared) + "/schema", body,
                        "response"));
            }
        }
        if (status >= 200 && status < 300) {
            violations.addAll(requestViolations(operation, exchange));
        }
        return violations;
    }

    /** How many operations were answered with a success and with a refusal, by operation name. */
    Map<String, Set<String>> outcomes() {
        return new TreeMap<>(outcomes);
    }

    private void record(Operation operation, int status) {
        // 503 is a refusal too: the server sheds load and says when to come back.
        String outcome = status < 300 ? "success" : status < 500 || status == 503 ? "refusal" : "error";
        outcomes.computeIfAbsent(operation.name(), name -> ConcurrentHashMap.newKeySet()).add(outcome);
    }

    private List<String> requestViolations(Operation operation, Exchange exchange) {
        List<String> violations = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        operation.node().path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText())) {
                declared.add(parameter.path("name").asText());
            }
        });
        if (exchange.query() != null && !exchange.query().isEmpty()) {
            for (String pair : exchange.query().split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!name.isEmpty() && !declared.contains(name)) {
                    violations.add("query parameter '" + name + "' was accepted but is not declared (declared: "
                            + declared + ")");
                }
            }
        }
        violations.addAll(requestViolations(operation, exchange.requestBody()));
        return violations;
    }

    /** How {@code body} departs from what {@code operation} declares it accepts (nothing for no body). */
    List<String> requestViolations(Operation operation, String body) {
        JsonNode requestBody = operation.node().path("requestBody");
        if (body == null || body.isBlank() || (requestBody.isMissingNode() && body.strip().equals("{}"))) {
            return List.of();
        }
        if (requestBody.path("content").path("application/json").path("schema").isMissingNode()) {
            return List.of("a JSON request body was accepted but the operation declares none");
        }
        return validate(operation.pointer() + "/requestBody/content/application~1json/schema", body, "request");
    }

    private List<String> validate(String pointer, String body, String which) {
        Schema schema = loaded.computeIfAbsent(pointer,
                p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + p)));
        List<Error> errors;
        try {
            errors = schema.validate(body, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(which + " body is not JSON: " + e.getMessage());
        }
        return errors.stream().filter(error -> !tolerated(error, "request".equals(which)))
                .map(error -> which + " " + error.getInstanceLocation() + ": " + error.getMessage())
                .distinct().limit(10).toList();
    }

    /**
     * Two findings that are not departures from the contract. The server reads a decimal string where a number is
     * declared ({@code "quantity": "5"}, as clients that keep decimals exact send it), so such a request is
     * accepted by design. And the validator's e-mail format checks the domain against the list of delegated
     * top-level domains, which leaves out the reserved {@code .example} that test data uses; the server checks
     * e-mail addresses itself ({@code @Email}).
     */
    private static boolean tolerated(Error error, boolean request) {
        JsonNode value = error.getInstanceNode();
        boolean decimalText = request && "type".equals(error.getKeyword()) && value != null && value.isTextual()
                && value.asText().matches("-?[0-9]+(\\.[0-9]+)?") && error.getSchemaNode() != null
                && error.getSchemaNode().toString().contains("number");
        boolean exampleMail = "format".equals(error.getKeyword()) && value != null && value.isTextual()
                && value.asText().endsWith(".example");
        return decimalText || exampleMail;
    }

    /**
     * Adds {@code unevaluatedProperties: false} to every object schema that lists its properties or composes others
     * with {@code allOf}, except the parts of an {@code allOf} (the whole they make up is closed instead).
     */
    private static JsonNode closeObjects(JsonNode node, boolean partOfAllOf) {
        if (node instanceof ObjectNode object) {
            boolean describesObject = object.has("properties") || object.has("allOf");
            if (describesObject && !partOfAllOf && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.fields().forEachRemaining(field -> {
                if ("allOf".equals(field.getKey()) && field.getValue() instanceof ArrayNode parts) {
                    parts.forEach(part -> closeObjects(part, true));
                } else if ("properties".equals(field.getKey())) {
                    field.getValue().forEach(property -> closeObjects(property, false));
                } else {
                    closeObjects(field.getValue(), false);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> closeObjects(element, false));
        }
        return node;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String pointerSegment) {
        return pointerSegment.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
