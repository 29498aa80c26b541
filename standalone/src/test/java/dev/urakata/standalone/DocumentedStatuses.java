package dev.urakata.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The statuses the OpenAPI document (its copy in docs/openapi.json, kept current by {@link ApiDocumentTest}) promises
 * for each operation. Every answer an end-to-end test receives through {@link Api} is held to it: a controller that
 * answers a status its operation does not declare (a 200 where the document says 201, a 404 from a route that
 * addresses nothing) fails the test that saw it. Requests outside the document (the console, actuator, the document
 * itself) are not checked.
 */
final class DocumentedStatuses {

    private record Operation(String method, String template, Pattern path, Set<String> statuses, int variables) {
    }

    private static final List<Operation> OPERATIONS = load();

    private DocumentedStatuses() {
    }

    /** Fails when {@code status} is not among those the document declares for the operation that {@code path} is. */
    static void check(String method, String path, int status) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        OPERATIONS.stream().filter(op -> op.method().equals(method) && op.path().matcher(bare).matches())
                .min(Comparator.comparingInt(Operation::variables))
                .filter(op -> !op.statuses().contains(String.valueOf(status)))
                .ifPresent(op -> {
                    throw new AssertionError(method + " " + op.template() + " answered " + status
                            + ", which the OpenAPI document does not declare (it declares " + op.statuses() + ")");
                });
    }

    private static List<Operation> load() {
        try {
            JsonNode paths = new ObjectMapper().readTree(Path.of("..", "docs", "openapi.json").toFile()).get("paths");
            List<Operation> operations = new ArrayList<>();
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                Set<String> statuses = new TreeSet<>();
                op.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
                String regex = "^" + path.getKey().replaceAll("\\{[^/]+}", "[^/]+") + "$";
                int variables = path.getKey().split("\\{", -1).length - 1;
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), Pattern.compile(regex),
                        statuses, variables));
            }));
            return List.copyOf(operations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
