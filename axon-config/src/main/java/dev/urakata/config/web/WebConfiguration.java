package dev.urakata.config.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.config.UrakataProperties;
import dev.urakata.shared.error.CommonErrors;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.format.FormatterRegistry;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * HTTP concerns shared by both sides: problem responses (from the application, the container's error page, Spring
 * Security's firewall and Tomcat itself), strict request bodies and parameters, the request size limit and the
 * OpenAPI description.
 *
 * <p>Before Boot's error auto-configuration, so that its {@code BasicErrorController} steps aside for
 * {@link ProblemErrorController}.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebConfiguration.class);

    /** {@code /error} answers with a problem document. */
    @Bean
    public ProblemErrorController problemErrorController(ObjectMapper mapper) {
        return new ProblemErrorController(mapper);
    }

    /** Request bodies: no key twice, no unknown field, no control or bidi characters; text NFC-normalized. */
    @Bean
    public StrictRequestBodies strictRequestBodies(ObjectMapper mapper) {
        return new StrictRequestBodies(mapper);
    }

    /** API query parameters with text a JSON body may not hold are a 400 (see ParameterText), after the role check. */
    @Bean
    public WebMvcConfigurer parameterText() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ParameterText()).addPathPatterns("/api/**").order(Ordered.LOWEST_PRECEDENCE);
            }
        };
    }

    /** {@code @DateTimeFormat} request parameters are refused outside the years 1900 to 9999 (see RequestDates). */
    @Bean
    public WebMvcConfigurer dateParametersInRange() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                // Registered after Boot's formatters, so it is the one consulted for @DateTimeFormat.
                registry.addFormatterForFieldAnnotation(new RequestDates.FormatterFactory());
            }
        };
    }

    /**
     * A request refused by Spring Security's firewall (a double slash, a path parameter, an encoded period, a method
     * it does not know): 400 with a problem document instead of an exception for the container's error page.
     */
    @Bean
    public RequestRejectedHandler problemForRejectedRequests(ObjectMapper mapper) {
        return (request, response, e) -> {
            log.debug("Request refused by the firewall: {}", e.getMessage());
            Problems.write(response, mapper, CommonErrors.REQUEST_REJECTED,
                    Problems.genericDetail(CommonErrors.REQUEST_REJECTED));
        };
    }

    /** Tomcat's own refusals (malformed or over-long request line or headers) as problem documents. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    public TomcatProblemPages tomcatProblemPages() {
        return new TomcatProblemPages();
    }

    /** Runs before security so an oversized body is refused before anything reads it. */
    @Bean
    public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(UrakataProperties properties,
                                                                                 ObjectMapper mapper) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.http().maxRequestSize().toBytes(), mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Every operation's refusals in the OpenAPI document, as problem documents with their codes. */
    @Bean
    public OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }

    /** Every 201 in the OpenAPI document with its Location header. */
    @Bean
    public OpenApiCustomizer createdResponses() {
        return new CreatedResponses();
    }

    /** Operation ids that stay put: context + handler name ({@code hrHire}); first, as examples are found by id. */
    @Bean
    @Order(1)
    public OpenApiCustomizer operationNames() {
        return new OperationNames();
    }

    /** A query parameter an operation does not take is a 400 naming it, not a silently unfiltered answer. */
    @Bean
    public WebMvcConfigurer strictQueryParameters(List<StrictQueryParameters.Names> contributors) {
        StrictQueryParameters interceptor = new StrictQueryParameters(contributors);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // after the role check: a caller without the role learns nothing about the parameters
                registry.addInterceptor(interceptor).addPathPatterns("/api/**").order(Ordered.LOWEST_PRECEDENCE);
            }
        };
    }

    /** A worked request body for the main operations, from {@code openapi/examples/<operationId>.json}. */
    @Bean
    @Order(2)
    public OpenApiCustomizer requestExamples() {
        return new RequestExamples();
    }

    /** Fields that must not be empty keep their minimum beside a maximum size. */
    @Bean
    public NonEmptyBounds nonEmptyBounds() {
        return new NonEmptyBounds();
    }

    /** No two types documented under one schema name. */
    @Bean
    public ModelConverter schemaNameClashes() {
        return new SchemaNameClashes();
    }

    /** Money's amount as the decimal string it is on the wire. */
    @Bean
    public OpenApiCustomizer moneySchema() {
        return new MoneySchema();
    }

    /** What a view's asOf parameter takes: a date or an instant. */
    @Bean
    public OperationCustomizer asOfParameters() {
        return new AsOfParameters();
    }

    /** Each operation's roles in its description, read from its {@code @PreAuthorize}. */
    @Bean
    public OperationCustomizer operationRoles() {
        return new OperationRoles();
    }

    /** The OpenAPI document's title and its HTTP Basic security scheme. */
    @Bean
    public OpenAPI urakataOpenApi() {
        // A shift's start and end are wall-clock times in the company's zone, written without an offset
        // ("2026-12-01T08:00"): not the RFC 3339 date-time that springdoc would promise for a LocalDateTime.
        SpringDocUtils.getConfig().replaceWithSchema(LocalDateTime.class, new StringSchema()
                .pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$")
                .description("local date and time in the company's time zone, no offset").example("2026-12-01T08:00"));
        return new OpenAPI()
                .info(new Info().title("Urakata back office API")
                        .description("Commands are intent-revealing POSTs; queries are paged GETs. "
                                + "Errors are RFC 9457 problem documents with a stable 'code'.")
                        .version("v1"))
                // Relative: the document names no host, so it reads the same wherever it is served from.
                .servers(List.of(new Server().url("/").description("the server this document is served by")))
                .components(new Components()
                        .addSecuritySchemes("basic",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
