package dev.urakata.config.storage;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unique-index keys order by value and read back as written, and an index written by the stock server (in H2's
 * order) is rebuilt once and keeps finding and refusing what it did.
 */
class StoredUniqueIndexTest {

    @TempDir
    Path dir;

    private final IndexKeyValues keys = new IndexKeyValues();

    @Test
    void keysOfEveryKindReadBackEqual() {
        for (KeyValue key : List.of(new KeyValue("employee-1"), new KeyValue(42.0), new KeyValue((Object) null),
                new KeyValue(new ObjectId()), new KeyValue(Instant.parse("2026-12-05T09:00:00Z")),
                new KeyValue(new Document("processor", "audit-trail").append("segment", 3)),
                new KeyValue("田中", 7.0, true))) {
            ByteBuffer bytes = written(key);
            assertThat(bytes.get(0)).isEqualTo(IndexKeyValues.BSON_KEY);
            assertThat(keys.read(bytes)).isEqualTo(key);
            assertThat(bytes.remaining()).as("everything read").isZero();
        }
    }

    @Test
    void keysOrderByValueAndEqualKeysCompareEqual() {
        List<KeyValue> sorted = new ArrayList<>(List.of(new KeyValue("b"), new KeyValue(10.0), new KeyValue("a"),
                new KeyValue(2.0), new KeyValue((Object) null), new KeyValue("a", 2.0), new KeyValue("a", 1.0)));
        Collections.shuffle(sorted);
        sorted.sort(keys::compare);
        assertThat(sorted).containsExactly(new KeyValue((Object) null), new KeyValue(2.0), new KeyValue(10.0),
                new KeyValue("a"), new KeyValue("a", 1.0), new KeyValue("a", 2.0), new KeyValue("b"));
        assertThat(keys.compare(new KeyValue("x", 1.0), new KeyValue("x", 1.0))).isZero();
        Document ab = new Document("a", 1).append("b", 2);
        Document ba = new Document("b", 2).append("a", 1);
        int order = keys.compare(new KeyValue(ab), new KeyValue(ba));
        assertThat(keys.compare(new KeyValue(ba), new KeyValue(ab))).isEqualTo(-Integer.signum(order));
    }

    @Test
    void anIndexWrittenByTheStockServerIsRebuiltOnceAndKeepsWorking() {
        Path file = dir.resolve("readmodels.mv.db");
        serve(new H2Backend(file.toString()), people -> {
            people.createIndex(new org.bson.Document("email", 1), new IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                people.insertOne(new org.bson.Document("_id", "p" + i).append("email", "p" + i + "@example.jp"));
            }
        });

        for (int round = 0; round < 2; round++) {
            serve(DurableH2Backend.open(file, new ScratchCollections()), people -> {
                assertThat(people.find(new org.bson.Document("_id", "p123")).first().getString("email"))
                        .isEqualTo("p123@example.jp");
                assertThatThrownBy(() -> people.insertOne(new org.bson.Document("_id", "p7")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> people.insertOne(new org.bson.Document("_id", "new")
                        .append("email", "p8@example.jp")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                people.deleteOne(new org.bson.Document("_id", "p1"));
                people.insertOne(new org.bson.Document("_id", "p1").append("email", "p1@example.jp"));
                assertThat(people.countDocuments()).isEqualTo(300);
            });
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            assertThat(store.<String, String>openMap(BsonStoredDatabase.INDEX_KEY_FORMATS))
                    .containsKeys("urakata.people._index__id_", "urakata.people._index_email_1");
        } finally {
            store.close();
        }
    }

    private ByteBuffer written(Object key) {
        WriteBuffer buffer = new WriteBuffer();
        keys.write(buffer, key);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }

    private static void serve(H2Backend backend, Consumer<MongoCollection<org.bson.Document>> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            use.accept(client.getDatabase("urakata").getCollection("people"));
        } finally {
            server.shutdownNow();
        }
    }
}
