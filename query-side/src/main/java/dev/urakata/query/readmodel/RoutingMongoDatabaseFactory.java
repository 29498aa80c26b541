package dev.urakata.query.readmodel;

import com.mongodb.client.MongoDatabase;
import dev.urakata.config.storage.DecoratingMongoDatabaseFactory;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Spring Boot's database factory with the collections of its database looked up through {@link ReadModelRoutes}.
 * Everything else (sessions, exception translation, other databases) is the factory's own.
 */
final class RoutingMongoDatabaseFactory extends DecoratingMongoDatabaseFactory {

    private final ReadModelRoutes routes;

    RoutingMongoDatabaseFactory(MongoDatabaseFactory delegate, ReadModelRoutes routes) {
        super(delegate);
        this.routes = routes;
    }

    @Override
    protected MongoDatabase decorate(MongoDatabase database, boolean isDefault) {
        return isDefault ? RoutedMongoDatabase.routing(database, routes::physical) : database;
    }

    @Override
    protected MongoDatabaseFactory decorating(MongoDatabaseFactory other) {
        return new RoutingMongoDatabaseFactory(other, routes);
    }
}
