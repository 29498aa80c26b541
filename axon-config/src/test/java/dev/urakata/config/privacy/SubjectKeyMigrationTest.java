package dev.urakata.config.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.money.Money;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys that an earlier version kept in the read-model database move beside the events and leave MongoDB. */
class SubjectKeyMigrationTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> legacy =
            mongo.template().getCollection(SubjectKeyMigration.LEGACY_COLLECTION);
    private final JacksonSerializer jackson = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void keysAndTombstonesMoveOutOfTheReadStoreAndOldCiphertextStillDecrypts() {
        // what an earlier version wrote: a key and a tombstone in MongoDB, and an event encrypted with that key
        DataSource database = EmbeddedDatabase.create();
        SubjectKeyStore writer = store(database);
        EmployeeHiredEvent hired = new EmployeeHiredEvent(new EmployeeId("emp-1"), "E-001", "Hanako", "Yamada",
                "hanako@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
                Money.of("300000", "JPY"));
        String stored = new PersonalDataEncryptingSerializer(jackson, writer).serialize(hired, String.class).getData();
        byte[] key = writer.keyFor("emp-1").orElseThrow().getEncoded();
        legacy.insertOne(new Document("_id", "emp-1").append("key", new Binary(key)).append("createdAt", new Date()));
        legacy.insertOne(new Document("_id", "emp-2").append("erasedAt", new Date()));

        DataSource fresh = EmbeddedDatabase.create();
        SubjectKeyStore moved = store(fresh);
        SubjectKeyMigration.moveInto(moved, legacy);

        EmployeeHiredEvent read = new PersonalDataEncryptingSerializer(jackson, store(fresh)).deserialize(
                new SimpleSerializedObject<>(stored, String.class, jackson.typeForClass(EmployeeHiredEvent.class)));
        assertThat(read).isEqualTo(hired);
        assertThat(moved.erased("emp-2")).isTrue();
        assertThat(read.givenName()).isNotEqualTo(PersonalDataFields.ERASED);
        assertThat(legacy.countDocuments()).as("nothing of the keys is left in the read store").isZero();
    }

    @Test
    void anErasureRecordedInEitherStoreWins() {
        SubjectKeyStore store = store(EmbeddedDatabase.create());
        store.keyForWriting("emp-3");
        legacy.insertOne(new Document("_id", "emp-3").append("erasedAt", new Date()));

        SubjectKeyMigration.moveInto(store, legacy);

        assertThat(store.erased("emp-3")).isTrue();
        assertThat(store.keyFor("emp-3")).isEmpty();
    }

    private static SubjectKeyStore store(DataSource database) {
        return new SubjectKeyStore(database, Duration.ofSeconds(10), Clock.systemUTC(), () -> { });
    }
}
