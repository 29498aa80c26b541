package dev.urakata.command.processes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ProcessSettings}; the sagas take it as a handler parameter (it is not part of their state). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessSettings.class)
class ProcessConfiguration {
}
