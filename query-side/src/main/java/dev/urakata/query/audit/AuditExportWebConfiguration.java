package dev.urakata.query.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives streamed exports time to finish: a million-row audit export outlives the servlet container's default async
 * timeout (30 s on Tomcat), which would cut the file short. The export is the only asynchronous endpoint; an
 * explicit {@code spring.mvc.async.request-timeout} still wins.
 */
@Configuration(proxyBeanMethods = false)
class AuditExportWebConfiguration implements WebMvcConfigurer {

    static final long EXPORT_TIMEOUT_MILLIS = 60L * 60 * 1000;

    private final Environment environment;

    AuditExportWebConfiguration(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        if (!environment.containsProperty("spring.mvc.async.request-timeout")) {
            configurer.setDefaultTimeout(EXPORT_TIMEOUT_MILLIS);
        }
    }
}
