package dev.urakata.command.compliance;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link ComplianceSettings} and has the acknowledgement request policy see its events one after another: a
 * hire and a policy publication handled side by side could each miss the other, and the employee would never be
 * asked.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplianceSettings.class)
class ComplianceConfiguration {

    @Bean
    ConfigurerModule acknowledgementRequestsInOneSequence() {
        return configurer -> configurer.eventProcessing().registerSequencingPolicy(
                AcknowledgementRequestPolicy.PROCESSING_GROUP, configuration -> new SequentialPolicy());
    }
}
