package dev.urakata.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Derives framework settings from Urakata's own before any bean exists, so that one switch
 * ({@code urakata.event-store}) selects a whole run mode and Axon never phones home.
 *
 * <p>The defaults are added last: anything a user sets explicitly still wins.
 */
public class UrakataEnvironmentDefaults implements EnvironmentPostProcessor, Ordered {

    /** System property that turns off Axon's update checker (it would send usage data to AxonIQ). */
    public static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        disableUpdateChecker();
        Map<String, Object> defaults = new HashMap<>();
        // Jackson everywhere: XStream is unsafe by default and its XML is unreadable for auditors.
        defaults.put("axon.serializer.general", "jackson");
        defaults.put("axon.serializer.events", "jackson");
        defaults.put("axon.serializer.messages", "jackson");
        String mode = environment.getProperty("urakata.event-store", "embedded")
                .toLowerCase(Locale.ROOT).replace('_', '-');
        boolean axonServer = "axon-server".equals(mode);
        defaults.put("axon.axonserver.enabled", Boolean.toString(axonServer));
        if (axonServer) {
            // Events live in Axon Server: no relational event store, tokens or sagas. The only database is the
            // deadline scheduler's (see DeadlineConfiguration), which Axon's JDBC components must not pick up.
            // A configured spring.datasource.url is that database (shared by several command-side instances).
            boolean databaseConfigured = environment.getProperty("spring.datasource.url") != null;
            defaults.put("spring.autoconfigure.exclude", databaseConfigured
                    ? "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"
                    : String.join(",",
                    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                    "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
                    "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"));
        }
        if (axonServer && environment.getProperty("spring.datasource.url") == null
                && environment.getProperty(DistributedSide.SIDE_ONLY, Boolean.class, false)) {
            // One side of several processes: the privacy keys and unique-value claims must be in a database every
            // process reaches. A per-process H2 file would leave the other side unable to read anyone's name.
            throw new IllegalStateException("A command or query side with Axon Server keeps the privacy keys, "
                    + "unique-value claims and deadlines in the database of spring.datasource.url, shared by every "
                    + "instance, which is not set (for example spring.datasource.url=jdbc:postgresql://db:5432/urakata"
                    + " with spring.datasource.username and spring.datasource.password)");
        }
        if ("jdbc".equals(mode) && environment.getProperty("spring.datasource.url") == null) {
            throw new IllegalStateException("urakata.event-store=jdbc keeps the events in the PostgreSQL database "
                    + "of spring.datasource.url, which is not set (for example "
                    + "spring.datasource.url=jdbc:postgresql://db:5432/urakata)");
        }
        if (!"embedded".equals(mode)) {
            // Several query-side instances split each processor's work between them.
            defaults.put("urakata.processing.segments", "4");
            defaults.put("urakata.processing.token-claim-timeout", "10s");
        } else {
            // One process owns every segment (the H2 files admit only one): one segment per processor, and a claim
            // that needs renewing only every few minutes instead of one write per segment every five seconds.
            defaults.put("urakata.processing.segments", "1");
            defaults.put("urakata.processing.token-claim-timeout", "5m");
            // Nobody else releases segments here; the interval is also how long an idle processor sleeps before it
            // looks at the stream again, a safety net behind the wake-ups, and how soon its status shows that it has
            // caught up after a reset (kept under 30 s for those reasons: at 60 s a reset processor still showed
            // "replaying" 30 s after it had caught up). Each of some fifty processors then asks the token store for
            // unclaimed segments every 15 s, about a third of what an idle instance spends.
            defaults.put("urakata.processing.token-claim-interval", "15s");
        }
        // Axon's handler and unit-of-work timeouts (on by default since 4.11) schedule a task on a shared janitor
        // thread for every handler call and cancel it afterwards: in a wall-clock profile of the audit trail's first
        // rebuilds that was 28 % of the rebuilding thread's time (the bench's warm rebuild rate did not move). And
        // what they do on expiry, interrupting the handler's thread, is a risk here: Java closes an interruptible
        // file channel when its thread is interrupted during I/O, and the handlers write to H2 files. Slow handlers
        // show in the processors' lag and the request metrics instead.
        defaults.put("axon.timeout.enabled", "false");
        // Deadlines are due at most this long before they fire.
        defaults.put("db-scheduler.polling-interval", "5s");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("server.error.include-exception", "false");
        defaults.put("spring.jackson.default-property-inclusion", "non_null");
        // Dates are ISO strings only: a bare number is not silently read as days since 1970.
        defaults.put("spring.jackson.default-leniency", "false");
        defaults.put("management.endpoints.web.exposure.include", "health,info,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "when-authorized");
        defaults.put("management.endpoint.health.roles", "ADMIN");
        defaults.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        // The same document on every start, so that the copy in docs/openapi.json can be compared line by line.
        defaults.put("springdoc.writer-with-order-by-keys", "true");
        // The embedded server warns once per index it cannot build yet; real MongoDB builds them all.
        defaults.put("logging.level.de.bwaldvogel.mongo.backend.AbstractMongoDatabase", "error");
        // Spring 6.2 warns about Axon's annotation attribute overrides on every start; nothing to act on.
        defaults.put("logging.level.org.springframework.core.annotation.AnnotationTypeMapping", "error");
        environment.getPropertySources().addLast(new MapPropertySource("urakataDefaults", defaults));
    }

    /** Sets the system property unless the operator decided otherwise. Safe to call more than once. */
    public static void disableUpdateChecker() {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
