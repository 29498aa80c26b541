package dev.urakata.config.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.config.UrakataProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * HTTP concerns shared by both sides: problem responses, the request size limit and the OpenAPI description.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

    /** Runs before security so an oversized body is refused before anything reads it. */
    @Bean
    public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(UrakataProperties properties,
                                                                                 ObjectMapper mapper) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.http().maxRequestSize().toBytes(), mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The OpenAPI document's title and its HTTP Basic security scheme. */
    @Bean
    public OpenAPI urakataOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Urakata back office API")
                        .description("Commands are intent-revealing POSTs; queries are paged GETs. "
                                + "Errors are RFC 9457 problem documents with a stable 'code'.")
                        .version("v1"))
                .components(new Components()
                        .addSecuritySchemes("basic",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
