package dev.urakata.config.storage;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import org.bson.codecs.configuration.CodecRegistry;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Spring's MongoDB database factory with the databases it hands out decorated; everything else (sessions, exception
 * translation, codecs) is the wrapped factory's own. Wrapping Spring Boot's factory, rather than declaring one, keeps
 * the rest of Boot's MongoDB auto-configuration, which backs off entirely when a factory is declared.
 */
public abstract class DecoratingMongoDatabaseFactory implements MongoDatabaseFactory {

    private final MongoDatabaseFactory delegate;
    private final String defaultDatabase;

    protected DecoratingMongoDatabaseFactory(MongoDatabaseFactory delegate) {
        this.delegate = delegate;
        this.defaultDatabase = delegate.getMongoDatabase().getName();
    }

    /**
     * The database to hand out in place of {@code database}.
     *
     * @param isDefault whether it is the factory's own database (the one templates use)
     */
    protected abstract MongoDatabase decorate(MongoDatabase database, boolean isDefault);

    /** The same decoration over another factory (the session-bound one). */
    protected abstract MongoDatabaseFactory decorating(MongoDatabaseFactory other);

    @Override
    public final MongoDatabase getMongoDatabase() {
        return decorate(delegate.getMongoDatabase(), true);
    }

    @Override
    public final MongoDatabase getMongoDatabase(String name) {
        return decorate(delegate.getMongoDatabase(name), name.equals(defaultDatabase));
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
        return decorating(delegate.withSession(session));
    }

    @Override
    public boolean isTransactionActive() {
        return delegate.isTransactionActive();
    }
}
