package dev.urakata.query.operations;

import dev.urakata.config.processing.ReadModelMapping;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.ConnectionString;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rebuild's plain writes (MongoTemplate {@code insert} and {@code save}) go out in bulk, and a projection still
 * reads its own writes: anything else done to a collection first sends what waits for it.
 */
class WriteBehindDatabaseTest {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.add(event.getCommandName());
                }
            }).build());
    private final WriteBehindDatabase writeBehind = new WriteBehindDatabase();
    private final MongoTemplate template = ReadModelMapping.template(new SimpleMongoClientDatabaseFactory(client, "test") {
        @Override
        protected com.mongodb.client.MongoDatabase doGetMongoDatabase(String name) {
            return writeBehind.wrap(super.doGetMongoDatabase(name));
        }
    });

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void savesAndInsertsGoOutInBulkAndReadsSeeThem() {
        template.createCollection("entries");
        commands.clear();
        for (int i = 0; i < 1200; i++) {
            template.save(new Document("_id", "e-" + i).append("n", i), "entries");
        }
        template.insert(new Document("_id", "last"), "entries");
        // 1,201 writes in three bulk writes so far (500, 500, and the rest still waiting).
        assertThat(commands.stream().filter(c -> c.equals("update") || c.equals("insert")).count()).isLessThan(10);

        // A read sends what waits first, so the projection sees every one of its writes.
        assertThat(template.findById("last", Document.class, "entries")).isNotNull();
        assertThat(template.count(new Query(), "entries")).isEqualTo(1201);

        // The same document saved twice in one batch ends as the second save, as without the buffer.
        template.save(new Document("_id", "e-1").append("n", -1), "entries");
        template.save(new Document("_id", "e-1").append("n", -2), "entries");
        template.updateFirst(Query.query(Criteria.where("_id").is("e-2")), new Update().set("n", -3), "entries");
        writeBehind.flush();
        assertThat(template.findById("e-1", Document.class, "entries").getInteger("n")).isEqualTo(-2);
        assertThat(template.findById("e-2", Document.class, "entries").getInteger("n")).isEqualTo(-3);
    }

    @Test
    void aDocumentChangedAfterItsSaveIsWrittenAsItWasSaved() {
        template.createCollection("entries");
        Document reused = new Document("_id", "r").append("n", 1);
        template.save(reused, "entries");
        reused.put("n", 2); // the call has returned: what it saved is fixed, as without the buffer
        for (int i = 0; i < 2 * WriteBehindDatabase.BATCH; i++) {
            template.save(new Document("_id", "e-" + i), "entries"); // full batches go out on another thread
        }
        writeBehind.flush();
        assertThat(template.findById("r", Document.class, "entries").getInteger("n")).isEqualTo(1);
        assertThat(template.count(new Query(), "entries")).isEqualTo(2L * WriteBehindDatabase.BATCH + 1);
    }

    @Test
    void aBatchThatFailsOnItsWayFailsTheNextCall() {
        template.createCollection("entries");
        template.insert(new Document("_id", "twice"), "entries");
        for (int i = 2; i < WriteBehindDatabase.BATCH; i++) {
            template.insert(new Document("_id", "e-" + i), "entries");
        }
        template.insert(new Document("_id", "twice"), "entries"); // a full batch with a duplicate key goes out

        assertThatThrownBy(writeBehind::flush).isInstanceOf(com.mongodb.MongoBulkWriteException.class);
    }
}
