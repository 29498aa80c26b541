package dev.urakata.command.processes;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Binds {@link ProcessSettings} (the sagas take it as a handler parameter; it is not part of their state) and has
 * the process sagas retry an event they failed on instead of skipping it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessSettings.class)
class ProcessConfiguration {

    /** The processing groups of the process sagas (Axon names a saga's group after the saga). */
    static final List<String> SAGA_GROUPS = List.of("OnboardingSagaProcessor", "OffboardingSagaProcessor",
            "ContractEndSagaProcessor", "DunningSagaProcessor");

    /**
     * Sagas have no dead-letter queue, and Axon's default for them logs a failure and moves on, which would lose a
     * step for good. Every command these sagas send is idempotent, so handling the event again (the processor backs
     * off and retries) is safe; a failure that does not go away shows as a stuck processor in the operations view.
     */
    @Bean
    ConfigurerModule processSagasRetryFailedEvents() {
        return configurer -> SAGA_GROUPS.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }
}
