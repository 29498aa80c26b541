package dev.urakata.config.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses to document two of our types under one schema name. The OpenAPI document names a schema by the type's
 * simple name, so {@code FinanceCommandRequests.Line} and {@code ShippingCommandRequests.Line} would both become
 * {@code Line} and one would silently describe the other's requests; such a type needs
 * {@code @Schema(name = "…")}. This only watches: it passes every type on to the next converter.
 */
final class SchemaNameClashes implements ModelConverter {

    private final Map<String, String> typesByName = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType.getRawClass().getName().startsWith("dev.urakata.") && !javaType.isContainerType()) {
            String name = TypeNameResolver.std.nameForType(javaType);
            String canonical = javaType.toCanonical();
            String earlier = typesByName.putIfAbsent(name, canonical);
            if (earlier != null && !earlier.equals(canonical)) {
                throw new IllegalStateException("Two types would share the schema name " + name + ": " + earlier
                        + " and " + canonical + "; give one @Schema(name = \"…\")");
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
