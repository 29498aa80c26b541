package dev.urakata.command.legal;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link LegalSettings}; contract deadlines use the application's persistent deadline manager. The billing
 * saga retries an event it failed on rather than skipping it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LegalSettings.class)
class LegalConfiguration {

    /** The processing group of {@link ContractBillingSaga} (Axon names a saga's group after the saga). */
    static final String BILLING_SAGA_GROUP = "ContractBillingSagaProcessor";

    /**
     * Axon's default for a saga logs a failed event and moves on, which would leave a signed contract never
     * invoiced. The saga's commands are idempotent by their derived invoice ids, so the processor backs off and
     * handles the event again; a failure that does not go away shows as a stuck processor in the operations view.
     */
    @Bean
    ConfigurerModule billingSagaRetriesFailedEvents() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(BILLING_SAGA_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
