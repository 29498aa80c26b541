package dev.urakata.config.storage;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by {@code ping}, which MongoDB and the embedded server both answer; Spring Boot's own indicator
 * sends {@code hello}, which the embedded server does not know, and would report the application DOWN.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.actuate.autoconfigure.data.mongo."
                + "MongoHealthContributorAutoConfiguration",
        afterName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
public class MongoHealthConfiguration {

    /** Named so that Spring Boot's indicator backs off. */
    @Bean
    public HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
            }
        };
    }
}
