package dev.urakata.query.workforce;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The violations report re-checks history when a rule changes, so it must have seen every assignment made
 * before that change: one segment and one sequence for every event, as for the audit hash chain. The other
 * workforce projections only need their schedule's events in order, which the default per-aggregate policy gives.
 */
@Configuration(proxyBeanMethods = false)
class WorkforceProcessingConfiguration {

    @Bean
    ConfigurerModule labourViolationsInGlobalOrder() {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(LabourViolationsProjection.PROCESSING_GROUP,
                        (config, builder) -> builder.initialSegmentCount(1))
                .registerSequencingPolicy(LabourViolationsProjection.PROCESSING_GROUP,
                        config -> new SequentialPolicy());
    }
}
