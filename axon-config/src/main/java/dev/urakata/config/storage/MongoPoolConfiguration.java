package dev.urakata.config.storage;

import dev.urakata.config.UrakataProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.TimeUnit;

/**
 * Bounds how long a request waits for a MongoDB connection (the driver's default is two minutes): under overload a
 * caller hears 503 with {@code Retry-After} within {@code urakata.database.connection-timeout}, as for the event
 * database, instead of a failure half a minute later.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration")
public class MongoPoolConfiguration {

    /** The pool's wait bound, on the embedded server and on a real replica set alike. */
    @Bean
    public MongoClientSettingsBuilderCustomizer boundedMongoPoolWait(UrakataProperties properties) {
        long millis = properties.database().connectionTimeout().toMillis();
        return settings -> settings.applyToConnectionPoolSettings(pool -> pool.maxWaitTime(millis,
                TimeUnit.MILLISECONDS));
    }
}
