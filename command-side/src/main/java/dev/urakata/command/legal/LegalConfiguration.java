package dev.urakata.command.legal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link LegalSettings}; contract deadlines use the application's persistent deadline manager. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LegalSettings.class)
class LegalConfiguration {
}
