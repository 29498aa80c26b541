package dev.urakata.config.processing;

import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every projection inherits: its reset, indexes, lookups by id and applying an event once. */
class MongoProjectionTest {

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();

    /** A projection of two collections, as a real one is declared. */
    static final class TwoCollections extends MongoProjection {
        TwoCollections(MongoTemplate mongo) {
            super(mongo, "first", "second");
            index("first", "status", "-createdAt");
        }

        void apply(EmployeeId id, long sequence, String status) {
            applyOnce("first", id, sequence, new Update().set("status", status));
        }

        Document find(EmployeeId id) {
            return mongo.findOne(byId(id), Document.class, "first");
        }
    }

    @Test
    void aResetEmptiesTheCollectionsItNamesAndNoOther() {
        TwoCollections projection = new TwoCollections(mongo.template());
        mongo.template().save(new Document("_id", "a"), "first");
        mongo.template().save(new Document("_id", "b"), "second");
        mongo.template().save(new Document("_id", "c"), "someone-elses");

        projection.reset();

        assertThat(mongo.template().getCollection("first").countDocuments()).isZero();
        assertThat(mongo.template().getCollection("second").countDocuments()).isZero();
        assertThat(mongo.template().getCollection("someone-elses").countDocuments()).isEqualTo(1);
    }

    @Test
    void anEventIsAppliedOnceAndAnOlderOneChangesNothing() {
        TwoCollections projection = new TwoCollections(mongo.template());
        EmployeeId id = new EmployeeId("emp-1");
        mongo.template().save(new Document("_id", "emp-1").append("lastSequence", 0L).append("status", "NEW"),
                "first");

        projection.apply(id, 2, "ACTIVE");
        projection.apply(id, 2, "REDELIVERED");
        projection.apply(id, 1, "OLDER");

        Document found = projection.find(id);
        assertThat(found.getString("status")).isEqualTo("ACTIVE");
        assertThat(found.get("lastSequence", Number.class).longValue()).isEqualTo(2L);
        projection.apply(id, 3, "CLOSED");
        assertThat(projection.find(id).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void indexesAreCreatedWithTheirDirections() {
        new TwoCollections(mongo.template());

        List<Document> keys = mongo.template().getCollection("first").listIndexes().map(index -> index.get("key",
                Document.class)).into(new java.util.ArrayList<>());

        assertThat(keys).anySatisfy(key -> {
            assertThat(key.keySet()).containsExactly("status", "createdAt");
            assertThat(key.get("status", Number.class).intValue()).isEqualTo(1);
            assertThat(key.get("createdAt", Number.class).intValue()).isEqualTo(-1);
        });
    }
}
