package dev.urakata.config.web;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives every operation an id a generated client can keep: the context (the first path segment after {@code /api/})
 * followed by the handler method's name, {@code POST /api/hr/employees} → {@code hrHire}. Springdoc's own ids are the
 * bare method names with {@code _1}, {@code _2} added in whatever order it met them, so adding one operation could
 * rename another in every client. Two handlers of one context with the same name are a mistake this refuses.
 */
final class OperationNames implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, String> seen = new HashMap<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String id = context(path) + capitalised(operation.getOperationId().replaceFirst("_\\d+$", ""));
            String where = method + " " + path;
            String earlier = seen.putIfAbsent(id, where);
            if (earlier != null) {
                throw new IllegalStateException("Two operations would be called " + id + " (" + earlier + " and "
                        + where + "): rename one handler method");
            }
            operation.setOperationId(id);
        }));
    }

    /** {@code /api/finance/customers} → {@code finance}; {@code /api/it/...} → {@code it}. */
    private static String context(String path) {
        String[] segments = path.split("/");
        String segment = segments.length > 2 && "api".equals(segments[1]) ? segments[2] : segments[1];
        StringBuilder camel = new StringBuilder();
        for (String word : segment.split("-")) {
            camel.append(camel.isEmpty() ? word : capitalised(word));
        }
        return camel.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
