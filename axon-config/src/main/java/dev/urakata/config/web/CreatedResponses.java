package dev.urakata.config.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every 201 of the API says where the new resource is: the {@code Location} header. (An operation documents its
 * 201 with {@code @ResponseStatus(HttpStatus.CREATED)}; the status it answers is its {@code ResponseEntity}'s.)
 */
final class CreatedResponses implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            ApiResponse created = operation.getResponses() == null ? null : operation.getResponses().get("201");
            if (created != null) {
                created.addHeaderObject("Location", new Header().required(true).description("where the new resource is read")
                        .schema(new StringSchema().format("uri-reference")));
            }
        }));
    }
}
