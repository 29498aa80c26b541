package dev.urakata.config.refusals;

import dev.urakata.config.UrakataProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * The security and refusal log (see {@link RefusalLog}) in the database beside the events, in every process of
 * either side: both answer refusals, and both must append to the one chain.
 */
@AutoConfiguration(afterName = {
        "dev.urakata.config.storage.EmbeddedEventStoreConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "dev.urakata.config.scheduling.DeadlineConfiguration"})
public class RefusalLogConfiguration {

    /**
     * The name of an optional {@link Clock} bean for the log's rows and rate-limit windows, for tests that move time
     * on; without one the log reads the system's UTC clock.
     */
    public static final String CLOCK = "refusalLogClock";
    /** How often windows that ended with refusals left out are written as rows. */
    static final Duration SUMMARIES_EVERY = Duration.ofSeconds(15);

    /** The log; on shutdown, what the rate limit left out so far is written. */
    @Bean(destroyMethod = "close")
    public RefusalLog refusalLog(DataSource dataSource, UrakataProperties properties,
                                 @Qualifier(CLOCK) ObjectProvider<Clock> clock) {
        RefusalLog log = new RefusalLog(dataSource, properties.audit().refusals(),
                clock.getIfAvailable(Clock::systemUTC));
        log.startSummaries(SUMMARIES_EVERY);
        return log;
    }

    /** Names the command a request sent, for its refusal (see {@link DispatchedCommands}). */
    @Bean
    public DispatchedCommands dispatchedCommands() {
        return new DispatchedCommands();
    }

    /** What refused requests record (see {@link RefusalRecorder}). */
    @Bean
    @ConditionalOnWebApplication
    public RefusalRecorder refusalRecorder(RefusalLog log,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            ObjectProvider<UserDetailsService> accounts) {
        return new RefusalRecorder(log, mappings, accounts);
    }
}
