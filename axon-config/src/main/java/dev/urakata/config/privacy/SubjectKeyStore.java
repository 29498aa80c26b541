package dev.urakata.config.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The key store of crypto-shredding: one AES-256 key per data subject, in the MongoDB collection
 * {@value #COLLECTION} that both sides share. Erasing a subject removes its key and leaves a tombstone, so no new
 * key is ever made for it: personal data written about an erased subject is stored as the placeholder.
 *
 * <p>Keys are kept in memory for {@code urakata.privacy.key-cache-ttl}, because every event with personal data
 * needs its subject's key each time it is read. Erased subjects are remembered for good: erasure is final.
 */
public class SubjectKeyStore {

    /** The collection holding the keys and the tombstones of erased subjects. */
    public static final String COLLECTION = "privacy_subject_keys";
    private static final String ALGORITHM = "AES";
    private static final int KEY_BYTES = 32;

    private final MongoCollection<Document> keys;
    private final Duration cacheTtl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

    public SubjectKeyStore(MongoCollection<Document> keys, Duration cacheTtl, Clock clock) {
        this.keys = keys;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    /** The subject's key for reading; empty when the subject was erased (or never had personal data). */
    public Optional<SecretKey> keyFor(String subject) {
        Cached cached = fresh(subject);
        if (cached == null) {
            Document doc = keys.find(Filters.eq("_id", subject)).first();
            if (doc == null) {
                return Optional.empty();
            }
            cached = remember(subject, doc);
        }
        return Optional.ofNullable(cached.key());
    }

    /**
     * The subject's key for writing, made on first use; empty when the subject was erased. Two writers racing for
     * a new subject get the same key: the key is only ever set on insert.
     */
    public Optional<SecretKey> keyForWriting(String subject) {
        Cached cached = fresh(subject);
        if (cached == null) {
            byte[] candidate = new byte[KEY_BYTES];
            random.nextBytes(candidate);
            Document doc = keys.findOneAndUpdate(Filters.eq("_id", subject),
                    Updates.combine(Updates.setOnInsert("key", new Binary(candidate)),
                            Updates.setOnInsert("createdAt", Date.from(clock.instant()))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            cached = remember(subject, doc);
        }
        return Optional.ofNullable(cached.key());
    }

    /** Whether the store ever held a key for the subject (erased or not). */
    public boolean known(String subject) {
        return keys.find(Filters.eq("_id", subject)).first() != null;
    }

    /** Whether the subject has been erased. */
    public boolean erased(String subject) {
        Document doc = keys.find(Filters.eq("_id", subject)).first();
        return doc != null && doc.get("erasedAt") != null;
    }

    /**
     * Destroys the subject's key and leaves a tombstone. Idempotent: erasing again changes nothing.
     *
     * @return whether this call destroyed the key
     */
    public boolean erase(String subject) {
        Instant erasedAt = clock.instant();
        cache.put(subject, new Cached(null, Instant.MAX));
        Document before = keys.findOneAndUpdate(Filters.and(Filters.eq("_id", subject), Filters.exists("key")),
                Updates.combine(Updates.unset("key"), Updates.set("erasedAt", Date.from(erasedAt))));
        if (before == null) {
            // never had a key, or already erased: leave a tombstone either way
            keys.updateOne(Filters.eq("_id", subject), Updates.setOnInsert("erasedAt", Date.from(erasedAt)),
                    new UpdateOptions().upsert(true));
        }
        return before != null;
    }

    private Cached fresh(String subject) {
        Cached cached = cache.get(subject);
        return cached != null && cached.validUntil().isAfter(clock.instant()) ? cached : null;
    }

    private Cached remember(String subject, Document doc) {
        Binary key = doc.get("key", Binary.class);
        Cached cached = key == null
                ? new Cached(null, Instant.MAX)
                : new Cached(new SecretKeySpec(key.getData(), ALGORITHM), clock.instant().plus(cacheTtl));
        cache.put(subject, cached);
        return cached;
    }

    /** A key (or {@code null}: erased) and until when this process may use it without asking again. */
    private record Cached(SecretKey key, Instant validUntil) {
    }
}
