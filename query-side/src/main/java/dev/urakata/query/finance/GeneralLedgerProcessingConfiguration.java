package dev.urakata.query.finance;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The general ledger must see events in global order: whether a late posting lands in its own period or the next
 * open one depends on whether the period's close came before it. One segment and one sequence make that decision
 * the same on every replay.
 */
@Configuration(proxyBeanMethods = false)
class GeneralLedgerProcessingConfiguration {

    @Bean
    ConfigurerModule generalLedgerInGlobalOrder() {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(GeneralLedgerProjection.PROCESSING_GROUP,
                        (config, builder) -> builder.initialSegmentCount(1))
                .registerSequencingPolicy(GeneralLedgerProjection.PROCESSING_GROUP, config -> new SequentialPolicy());
    }
}
