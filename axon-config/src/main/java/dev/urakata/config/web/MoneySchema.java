package dev.urakata.config.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;

/**
 * Money as it travels: {@code {"amount": "350000", "currency": "JPY"}}. The amount is a decimal string (the record
 * says so with {@code @JsonFormat}, which springdoc does not read) so that no client parses it into a binary float.
 */
final class MoneySchema implements OpenApiCustomizer {

    static final String NAME = "Money";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
                || !openApi.getComponents().getSchemas().containsKey(NAME)) {
            return;
        }
        openApi.getComponents().addSchemas(NAME, new ObjectSchema()
                .description("An exact amount of money in one currency")
                .addProperty("amount", new StringSchema().pattern("^-?[0-9]+(\\.[0-9]+)?$").example("350000")
                        .description("decimal string, at most the currency's minor digits (JPY none, USD 2)"))
                .addProperty("currency", new StringSchema().pattern("^[A-Z]{3}$").example("JPY")
                        .description("ISO 4217 code"))
                .required(List.of("amount", "currency")));
    }
}
