package dev.urakata.config.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Date;

/**
 * Moves the keys and tombstones that earlier versions kept in the read-model database (collection
 * {@value #LEGACY_COLLECTION}) into the {@link SubjectKeyStore}, and removes them there. Runs on every start before
 * anything reads an event; once the collection is gone it costs one query. Several instances starting together
 * may move the same key: adopting is idempotent and an erasure always wins.
 */
final class SubjectKeyMigration {

    static final String LEGACY_COLLECTION = "privacy_subject_keys";
    private static final Logger log = LoggerFactory.getLogger(SubjectKeyMigration.class);

    private SubjectKeyMigration() {
    }

    static void moveInto(SubjectKeyStore store, MongoCollection<Document> legacy) {
        int moved = 0;
        for (Document doc : legacy.find()) {
            String subject = doc.getString("_id");
            Binary key = doc.get("key", Binary.class);
            Date created = doc.getDate("createdAt");
            Date erased = doc.getDate("erasedAt");
            store.adopt(subject, key == null ? null : key.getData(),
                    created == null ? Instant.now() : created.toInstant(),
                    erased != null ? erased.toInstant() : key == null ? Instant.now() : null);
            legacy.deleteOne(Filters.eq("_id", subject));
            moved++;
        }
        if (moved > 0) {
            legacy.drop();
            log.info("Moved {} privacy keys and tombstones from the read-model database into table {}", moved,
                    SubjectKeyStore.TABLE);
        }
    }
}
