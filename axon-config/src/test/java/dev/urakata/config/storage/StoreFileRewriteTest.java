package dev.urakata.config.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an erasure overwrites in the embedded read-model file must leave the disk, not only the live documents:
 * the H2 file keeps old pages, which the start-up rewrite drops while keeping every live document.
 */
class StoreFileRewriteTest {

    private static final String NAME = "Hanako-Yamada-4711";

    @TempDir
    Path dir;

    @Test
    void overwrittenPersonalDataLeavesTheFileWhileLiveDocumentsStay() throws IOException {
        Path file = dir.resolve("readmodels.mv.db");
        // Two sessions, so the name is certainly written to the file before it is overwritten.
        withCollection(file, people -> {
            people.insertOne(new Document("_id", "e-1").append("name", NAME).append("salary", "300000"));
            for (int i = 0; i < 200; i++) { // other traffic, as a running system has
                people.insertOne(new Document("_id", "other-" + i).append("name", "someone " + i));
            }
        });
        withCollection(file, people ->
                people.updateOne(Filters.eq("_id", "e-1"), new Document("$set", new Document("name", "[erased]"))));
        // Without the rewrite the overwritten name is still in the file: this is what the rewrite is for.
        assertThat(contains(file, NAME)).isTrue();

        StoreFileRewrite.rewrite(file, DurableH2Backend::compressed);

        assertThat(contains(file, NAME)).isFalse();
        withCollection(file, people -> {
            assertThat(people.countDocuments()).isEqualTo(201);
            Document erased = people.find(Filters.eq("_id", "e-1")).first();
            assertThat(erased).isNotNull();
            assertThat(erased.getString("name")).isEqualTo("[erased]");
            assertThat(erased.getString("salary")).isEqualTo("300000");
        });
    }

    @Test
    void aMissingFileIsLeftToTheServerToCreate() {
        Path file = dir.resolve("absent.mv.db");

        StoreFileRewrite.rewrite(file, DurableH2Backend::compressed);

        assertThat(file).doesNotExist();
    }

    @Test
    void theReadModelFileIsRewrittenWithDeflateTheEventDatabaseWithLzf() throws IOException {
        Path lzf = dir.resolve("lzf.mv.db");
        Path deflate = dir.resolve("deflate.mv.db");
        for (Path file : new Path[] {lzf, deflate}) {
            withCollection(file, people -> {
                for (int i = 0; i < 2000; i++) { // documents alike in their field names and values, as read models are
                    people.insertOne(new Document("_id", "e-" + i).append("department", "Operations")
                            .append("salary", new Document("amount", Integer.toString(300000 + i)).append("currency",
                                    "JPY")).append("status", "ACTIVE").append("hireDate", "2026-04-01"));
                }
            });
        }

        StoreFileRewrite.rewrite(lzf, MVStore.Builder::compress);
        StoreFileRewrite.rewrite(deflate, DurableH2Backend::compressed);

        // What the store's default compression gives: smaller with Deflate, and both read back whole.
        assertThat(Files.size(deflate)).isLessThan(Files.size(lzf));
        assertThat(dir.resolve("deflate.mv.db.tempFile")).doesNotExist();
        for (Path file : new Path[] {lzf, deflate}) {
            withCollection(file, people -> {
                assertThat(people.countDocuments()).isEqualTo(2000);
                assertThat(people.find(Filters.eq("_id", "e-1999")).first().get("salary", Document.class)
                        .getString("amount")).isEqualTo("301999");
            });
        }
    }

    private static void withCollection(Path file, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.accept(client.getDatabase("urakata").getCollection("people"));
        } finally {
            server.shutdown();
        }
    }

    private static boolean contains(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
