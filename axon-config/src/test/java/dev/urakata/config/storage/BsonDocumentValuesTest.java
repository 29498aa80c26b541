package dev.urakata.config.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.bson.types.Decimal128;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents stored as BSON read back equal, and files written the old way (Java serialization) still read. */
class BsonDocumentValuesTest {

    @TempDir
    Path dir;

    private final BsonDocumentValues values = new BsonDocumentValues();

    @Test
    void aDocumentOfEveryStoredKindReadsBackEqualAndSmallerThanJavaSerialization() {
        Document document = new Document("_id", "employee-1")
                .append("name", "田中 太郎")
                .append("count", 42)
                .append("sequence", 9_007_199_254_740_993L)
                .append("rate", 0.125)
                .append("active", true)
                .append("at", Instant.parse("2026-12-05T09:00:00.123Z"))
                .append("gross", new de.bwaldvogel.mongo.bson.Decimal128(new BigDecimal("382000.50")))
                .append("ref", new ObjectId())
                .append("key", UUID.randomUUID())
                .append("nothing", null)
                .append("lines", new ArrayList<>(List.of(new Document("amount", "1.00"), "text", 3)))
                .append("nested", new Document("a", new Document("b", List.of())));

        ByteBuffer bson = written(values, document);
        ByteBuffer serialized = written(new ObjectDataType(), document);

        assertThat(values.read(bson)).isEqualTo(document);
        assertThat(bson.remaining()).as("everything read").isZero();
        assertThat(bson.limit()).isLessThan(serialized.limit() / 2);
    }

    @Test
    void valuesWrittenByH2sOwnTypeStillRead() {
        Document document = new Document("_id", "old").append("total", 5L);
        assertThat(values.read(written(new ObjectDataType(), document))).isEqualTo(document);
        assertThat(values.read(written(new ObjectDataType(), 17L))).isEqualTo(17L);
        assertThat(values.read(written(values, "a counter's key"))).isEqualTo("a counter's key");
    }

    @Test
    void aStoreWrittenByTheStockServerOpensAndKeepsWorking() {
        Path file = dir.resolve("readmodels.mv.db");
        H2Backend stock = new H2Backend(file.toString());
        serve(stock, people -> people.insertOne(new org.bson.Document("_id", "p1").append("amount",
                Decimal128.parse("10.50"))));

        DurableH2Backend bson = DurableH2Backend.open(file, new ScratchCollections());
        serve(bson, people -> {
            assertThat(people.find(new org.bson.Document("_id", "p1")).first().get("amount"))
                    .isEqualTo(Decimal128.parse("10.50"));
            people.insertOne(new org.bson.Document("_id", "p2").append("amount", Decimal128.parse("2.25")));
            people.updateOne(new org.bson.Document("_id", "p1"),
                    new org.bson.Document("$set", new org.bson.Document("name", "鈴木")));
        });

        serve(DurableH2Backend.open(file, new ScratchCollections()), people -> {
            assertThat(people.countDocuments()).isEqualTo(2);
            assertThat(people.find(new org.bson.Document("_id", "p1")).first().getString("name")).isEqualTo("鈴木");
            assertThat(people.find(new org.bson.Document("amount", Decimal128.parse("2.25"))).first().get("_id"))
                    .isEqualTo("p2");
        });
    }

    /**
     * A document's bytes are kept and written again as they are (see the class), but the server changes a stored
     * document in place: every update, committed between other writes that rewrite its page, must still reach the
     * file, and so must a document that was loaded from the file and then changed.
     */
    @Test
    void documentsChangedInPlaceAreWrittenAsChangedNotAsFirstEncoded() {
        Path file = dir.resolve("readmodels.mv.db");
        serve(DurableH2Backend.open(file, new ScratchCollections()), people -> {
            for (int i = 0; i < 50; i++) {
                people.insertOne(new org.bson.Document("_id", "p" + i).append("version", 0));
            }
            for (int version = 1; version <= 3; version++) {
                for (int i = 0; i < 50; i += 2) {
                    people.updateOne(new org.bson.Document("_id", "p" + i),
                            new org.bson.Document("$set", new org.bson.Document("version", version)));
                }
                // Neighbours written after the change: their page is written again with the changed document in it.
                people.replaceOne(new org.bson.Document("_id", "p1"),
                        new org.bson.Document("_id", "p1").append("version", -version));
            }
        });
        serve(DurableH2Backend.open(file, new ScratchCollections()), people -> {
            assertThat(people.find(new org.bson.Document("_id", "p0")).first().getInteger("version")).isEqualTo(3);
            assertThat(people.find(new org.bson.Document("_id", "p48")).first().getInteger("version")).isEqualTo(3);
            assertThat(people.find(new org.bson.Document("_id", "p1")).first().getInteger("version")).isEqualTo(-3);
            assertThat(people.countDocuments(new org.bson.Document("version", 0))).isEqualTo(24);
            // Loaded from the file (and its bytes kept), then changed in place and committed again.
            people.updateOne(new org.bson.Document("_id", "p3"),
                    new org.bson.Document("$set", new org.bson.Document("version", 7)));
            people.insertOne(new org.bson.Document("_id", "p3a").append("version", 0));
        });
        serve(DurableH2Backend.open(file, new ScratchCollections()), people -> {
            assertThat(people.find(new org.bson.Document("_id", "p3")).first().getInteger("version")).isEqualTo(7);
            assertThat(people.countDocuments()).isEqualTo(51);
        });
    }

    private static ByteBuffer written(org.h2.mvstore.type.DataType<Object> type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }

    private static void serve(H2Backend backend, java.util.function.Consumer<MongoCollection<org.bson.Document>> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            use.accept(client.getDatabase("urakata").getCollection("people"));
        } finally {
            server.shutdownNow();
        }
    }
}
