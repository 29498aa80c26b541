package dev.urakata.config.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Map;

/**
 * Keeps the lower bound of a field that must not be empty. A {@code @NotBlank} or {@code @NotEmpty} field that also
 * has {@code @Size(max = …)} is documented by springdoc with the size's minimum, 0, so a client generated from the
 * document would happily send an empty name or an invoice without lines; the server refuses both.
 */
final class NonEmptyBounds implements PropertyCustomizer, OpenApiCustomizer {

    private static final String MARK = "x-urakata-non-empty";

    @Override
    public void customise(OpenAPI openApi) {
        apply(openApi);
    }

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (property == null || annotations == null || Arrays.stream(annotations)
                .noneMatch(a -> a instanceof NotBlank || a instanceof NotEmpty)) {
            return property;
        }
        property.addExtension(MARK, true);
        return property;
    }

    /** After bean validation's bounds are in: a marked field's minimum becomes 1 (and the mark goes). */
    static void apply(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            properties.values().forEach(property -> {
                if (property.getExtensions() == null || property.getExtensions().remove(MARK) == null) {
                    return;
                }
                if (property.getExtensions().isEmpty()) {
                    property.setExtensions(null);
                }
                if (property.getItems() != null) {
                    property.setMinItems(Math.max(1, property.getMinItems() == null ? 0 : property.getMinItems()));
                } else {
                    property.setMinLength(Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
                }
            });
        });
    }
}
