package dev.urakata.config.messaging;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Message metadata and command error translation. Axon's Spring Boot support registers these beans on the
 * command gateway, command bus and every unit of work.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class MessagingConfiguration {

    /** User, correlation id and causation id on every message (replaces Axon's MessageOriginProvider). */
    @Bean
    public CorrelationDataProvider auditMetadataCorrelationProvider() {
        return new AuditMetadataCorrelationProvider();
    }

    /** The authenticated user on every command. */
    @Bean
    public AuthenticatedUserDispatchInterceptor authenticatedUserDispatchInterceptor() {
        return new AuthenticatedUserDispatchInterceptor();
    }

    /** Error codes that survive Axon Server. */
    @Bean
    public DomainExceptionTranslatingInterceptor domainExceptionTranslatingInterceptor() {
        return new DomainExceptionTranslatingInterceptor();
    }
}
