package dev.urakata.config.messaging;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;

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

    /**
     * The same metadata on what a deadline handler produces. Axon registers the correlation providers on the buses
     * and event processors but not on the deadline manager, so events applied when a deadline fired (an invoice
     * overdue, a training overdue, a contract activated) had no user, correlation or causation.
     */
    @Bean
    public InitializingBean deadlinesCarryAuditMetadata(ObjectProvider<DeadlineManager> deadlineManager,
                                                        List<CorrelationDataProvider> providers) {
        return () -> deadlineManager.ifAvailable(deadlines ->
                deadlines.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers)));
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
