package dev.urakata.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds {@link UrakataProperties}; the concerns themselves live in their own auto-configurations. */
@AutoConfiguration
@EnableConfigurationProperties(UrakataProperties.class)
public class UrakataAutoConfiguration {
}
