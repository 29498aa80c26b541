package dev.urakata.command.it;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link SupportSlaSettings}. The tickets' SLA deadlines use the application's persistent deadline manager
 * (axon-config's {@code DeadlineConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupportSlaSettings.class)
class ItConfiguration {
}
