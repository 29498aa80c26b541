package dev.urakata.query.readmodel;

import com.mongodb.client.MongoClient;
import dev.urakata.config.UrakataProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Routes the application's MongoDB access through {@link ReadModelRoutes}: Spring Boot's database factory is wrapped
 * as it is created, so its {@code MongoTemplate} (and every projection, query handler and test using it) finds a
 * rebuilt read model where the switch put it. Collections without a route are untouched. Wrapping, rather than
 * declaring a factory of our own, keeps the rest of Boot's MongoDB auto-configuration, which backs off entirely when
 * a factory is declared.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelProperties.class)
class ReadModelRoutingConfiguration {

    @Bean
    ReadModelRoutes readModelRoutes(MongoClient client, MongoProperties mongo, MongoConnectionDetails connection,
                                    ReadModelProperties properties, UrakataProperties urakata) {
        // The database Spring Boot's factory uses.
        String database = mongo.getDatabase() != null ? mongo.getDatabase()
                : connection.getConnectionString().getDatabase();
        // On MongoDB a switch renames the new version over the stable names analysts read; the embedded server routes.
        return new ReadModelRoutes(client.getDatabase(database), properties.routeRefreshInterval(),
                !urakata.mongo().embedded());
    }

    @Bean
    static BeanPostProcessor readModelRouting(ObjectProvider<ReadModelRoutes> routes) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof MongoDatabaseFactory factory && !(bean instanceof RoutingMongoDatabaseFactory)
                        ? new RoutingMongoDatabaseFactory(factory, routes.getObject()) : bean;
            }
        };
    }
}
