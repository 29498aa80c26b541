package dev.urakata.query.audit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The audit hash chain must see events in strict global order: one segment (so one thread, one instance at a
 * time across the cluster) and one sequence for every event. Scheduling is on for the daily signed checkpoint
 * ({@link AutomaticCheckpoints}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditChainProcessingConfiguration {

    @Bean
    ConfigurerModule auditHashChainInGlobalOrder() {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(AuditHashChainProjection.PROCESSING_GROUP,
                        (config, builder) -> builder.initialSegmentCount(1))
                .registerSequencingPolicy(AuditHashChainProjection.PROCESSING_GROUP,
                        config -> new SequentialPolicy());
    }
}
