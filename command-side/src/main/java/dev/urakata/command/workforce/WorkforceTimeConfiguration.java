package dev.urakata.command.workforce;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link WorkforceTimeSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkforceTimeSettings.class)
class WorkforceTimeConfiguration {
}
