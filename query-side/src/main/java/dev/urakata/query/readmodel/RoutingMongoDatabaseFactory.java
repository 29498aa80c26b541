package dev.urakata.query.readmodel;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import org.bson.codecs.configuration.CodecRegistry;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Spring Boot's database factory with the collections of its database looked up through {@link ReadModelRoutes}.
 * Everything else (sessions, exception translation, other databases) is the factory's own.
 */
final class RoutingMongoDatabaseFactory implements MongoDatabaseFactory {

    private final MongoDatabaseFactory delegate;
    private final ReadModelRoutes routes;
    private final String database;

    RoutingMongoDatabaseFactory(MongoDatabaseFactory delegate, ReadModelRoutes routes) {
        this.delegate = delegate;
        this.routes = routes;
        this.database = delegate.getMongoDatabase().getName();
    }

    @Override
    public MongoDatabase getMongoDatabase() {
        return RoutedMongoDatabase.routing(delegate.getMongoDatabase(), routes::physical);
    }

    @Override
    public MongoDatabase getMongoDatabase(String name) {
        MongoDatabase target = delegate.getMongoDatabase(name);
        return name.equals(database) ? RoutedMongoDatabase.routing(target, routes::physical) : target;
    }

    @Override
    public PersistenceExceptionTranslator getExceptionTranslator() {
        return delegate.getExceptionTranslator();
    }

    @Override
    public CodecRegistry getCodecRegistry() {
        return delegate.getCodecRegistry();
    }

    @Override
    public ClientSession getSession(ClientSessionOptions options) {
        return delegate.getSession(options);
    }

    @Override
    public MongoDatabaseFactory withSession(ClientSession session) {
        return new RoutingMongoDatabaseFactory(delegate.withSession(session), routes);
    }

    @Override
    public boolean isTransactionActive() {
        return delegate.isTransactionActive();
    }
}
