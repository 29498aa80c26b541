package dev.urakata.config.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import dev.urakata.config.processing.ReadModelMapping;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * The embedded MongoDB-wire server (H2 backend, in memory) over a real driver connection, for tests of code that
 * reads or writes MongoDB. Shared with the other modules through this module's test jar.
 *
 * <p>A test class takes a fresh one per test as a field, {@code @RegisterExtension final EmbeddedMongo mongo = new
 * EmbeddedMongo();}, and JUnit closes it after each test.
 */
public final class EmbeddedMongo implements AutoCloseable, AfterEachCallback {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoTemplate template = ReadModelMapping.template(new SimpleMongoClientDatabaseFactory(client, "test"));

    public MongoTemplate template() {
        return template;
    }

    /** The driver connection, for code that builds its own templates (database {@code test} holds the data). */
    public MongoClient client() {
        return client;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
