package dev.urakata.query;

import dev.urakata.config.UrakataEnvironmentDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/**
 * Runs the query side on its own (distributed mode): projections into MongoDB and the query/audit HTTP API,
 * reading events from Axon Server unless configured otherwise.
 */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        UrakataEnvironmentDefaults.disableUpdateChecker();
        SpringApplication app = new SpringApplication(QuerySideApplication.class);
        app.setDefaultProperties(Map.of(
                "spring.application.name", "urakata-query-side",
                "server.port", "8082",
                "urakata.event-store", "axon-server",
                "urakata.mongo.embedded", "false"));
        app.run(args);
    }
}
