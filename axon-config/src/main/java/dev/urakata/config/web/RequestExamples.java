package dev.urakata.config.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Shows a worked request body for the main operations: {@code openapi/examples/<operationId>.json} on the class path
 * becomes that operation's example (so it runs after {@link OperationNames}). The contract test validates every
 * example against its schema, so an example cannot drift from what the operation accepts.
 */
final class RequestExamples implements OpenApiCustomizer {

    private static final String FOLDER = "openapi/examples/";
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            ClassPathResource example = new ClassPathResource(FOLDER + operation.getOperationId() + ".json");
            if (!example.exists() || operation.getRequestBody() == null
                    || operation.getRequestBody().getContent() == null) {
                return;
            }
            MediaType body = operation.getRequestBody().getContent().get("application/json");
            if (body != null) {
                body.addExamples("example", new Example().summary("a typical request").value(read(example)));
            }
        }));
    }

    private Object read(ClassPathResource example) {
        try (InputStream in = example.getInputStream()) {
            return json.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable example " + example.getPath(), e);
        }
    }
}
