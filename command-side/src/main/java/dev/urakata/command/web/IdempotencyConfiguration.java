package dev.urakata.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.urakata.config.refusals.RefusalRecorder;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Idempotency keys for every command POST ({@link IdempotencyFilter}), and their place in the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, ObjectMapper mapper,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers,
            ObjectProvider<RefusalRecorder> refusals) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(mongo, mapper, handlers, refusals));
        // After the security chain (keys belong to the signed-in user) and the request size limit.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    /** Every command operation declares the optional header, as its handler did when it took it as a parameter. */
    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            boolean sendsACommand = handler.hasMethodAnnotation(PostMapping.class)
                    || handler.hasMethodAnnotation(PutMapping.class) || handler.hasMethodAnnotation(DeleteMapping.class);
            if (sendsACommand && handler.getBeanType().getName().startsWith("dev.urakata.command.")) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .description("Makes the request safe to retry: a retry with the same key and the same "
                                + "request gets the first answer again (Idempotent-Replayed: true) and records "
                                + "nothing new; 1-128 printable ASCII characters, scoped to the signed-in user")
                        .schema(new StringSchema().maxLength(128)));
            }
            return operation;
        };
    }
}
