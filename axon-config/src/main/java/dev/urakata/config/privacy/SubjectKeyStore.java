package dev.urakata.config.privacy;

import dev.urakata.config.storage.SharedSchema;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The key store of crypto-shredding: one AES-256 key per data subject, in the relational table {@value #TABLE} of
 * the database where the events live (the embedded default's H2 event database; with Axon Server, the database of
 * {@code spring.datasource.url}, which every process of an installation shares). Never in the read-model database:
 * the read store is disposable, and dropping it must not crypto-shred everyone.
 *
 * <p>Erasing a subject removes its key and leaves a tombstone, so no new key is ever made for it: personal data
 * written about an erased subject is stored as the placeholder. A subject with neither key nor tombstone whose
 * encrypted data is read means the key was lost: {@link #keyFor} refuses loudly instead of answering "erased", and
 * nothing here ever makes a key for data that already exists.
 *
 * <p>Every write runs in a transaction of its own, committed before it returns, never in the caller's: a key
 * rolled back with a failed command while this process cached it would encrypt the next event with a key that no
 * longer exists anywhere.
 *
 * <p>Keys are kept in memory for {@code urakata.privacy.key-cache-ttl}, because every event with personal data needs
 * its subject's key each time it is read. Erased subjects are remembered for good: erasure is final.
 */
public class SubjectKeyStore {

    /** The table holding the keys and the tombstones of erased subjects. */
    public static final String TABLE = "privacy_subject_keys";
    /** Portable DDL: H2 in PostgreSQL mode and PostgreSQL both take it. */
    static final String TABLE_DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "subject_id VARCHAR(255) PRIMARY KEY, "
            + "subject_key BYTEA, "
            + "created_at TIMESTAMP WITH TIME ZONE NOT NULL, "
            + "erased_at TIMESTAMP WITH TIME ZONE)";
    private static final String ALGORITHM = "AES";
    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Runnable afterErasure;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param afterErasure runs after a key was destroyed, for example to have the embedded store file rewritten so
     *                     that no old page still holds the key
     */
    public SubjectKeyStore(DataSource dataSource, Duration cacheTtl, Clock clock, Runnable afterErasure) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cacheTtl = cacheTtl;
        this.clock = clock;
        this.afterErasure = afterErasure;
        SharedSchema.create(dataSource, TABLE_DDL);
    }

    /**
     * The subject's key for reading; empty when the subject was erased.
     *
     * @throws SubjectKeyMissingException when the store holds neither a key nor a tombstone for the subject
     */
    public Optional<SecretKey> keyFor(String subject) {
        Cached cached = fresh(subject);
        if (cached == null) {
            Row row = inOwnTransaction(() -> find(subject));
            if (row == null) {
                throw new SubjectKeyMissingException(subject);
            }
            cached = remember(subject, row);
        }
        return Optional.ofNullable(cached.key());
    }

    /**
     * The subject's key for writing new data, made on first use; empty when the subject was erased. Two writers
     * racing for a new subject get the same key: the first insert wins and the other reads it.
     */
    public Optional<SecretKey> keyForWriting(String subject) {
        Cached cached = fresh(subject);
        if (cached == null) {
            Row row = inOwnTransaction(() -> find(subject));
            if (row == null) {
                byte[] candidate = new byte[KEY_BYTES];
                random.nextBytes(candidate);
                try {
                    inOwnTransaction(() -> jdbc.update("INSERT INTO " + TABLE
                            + " (subject_id, subject_key, created_at) VALUES (?, ?, ?)",
                            subject, candidate, Timestamp.from(clock.instant())));
                } catch (DuplicateKeyException raced) {
                    // another writer made it first: use theirs
                }
                row = inOwnTransaction(() -> find(subject));
            }
            cached = remember(subject, row);
        }
        return Optional.ofNullable(cached.key());
    }

    /** Whether the store ever held a key for the subject (erased or not). */
    public boolean known(String subject) {
        return inOwnTransaction(() -> find(subject)) != null;
    }

    /** Whether the subject has been erased. */
    public boolean erased(String subject) {
        Row row = inOwnTransaction(() -> find(subject));
        return row != null && row.erasedAt() != null;
    }

    /**
     * Destroys the subject's key and leaves a tombstone. Idempotent: erasing again changes nothing.
     *
     * @return whether this call destroyed the key
     */
    public boolean erase(String subject) {
        Timestamp erasedAt = Timestamp.from(clock.instant());
        cache.put(subject, new Cached(null, Instant.MAX));
        boolean destroyed = inOwnTransaction(() -> jdbc.update("UPDATE " + TABLE
                + " SET subject_key = NULL, erased_at = ? WHERE subject_id = ? AND subject_key IS NOT NULL",
                erasedAt, subject)) > 0;
        if (!destroyed) {
            // never had a key, or already erased: leave a tombstone either way, so no key is ever made
            insertOrMarkErased(subject, Timestamp.from(clock.instant()), erasedAt);
        }
        if (destroyed) {
            afterErasure.run();
        }
        return destroyed;
    }

    /**
     * Takes over a key or tombstone from an older store (the read-model database held them before); a tombstone
     * always wins over a key, whichever store holds it. Used by {@link SubjectKeyMigration}.
     */
    void adopt(String subject, byte[] key, Instant createdAt, Instant erasedAt) {
        Timestamp created = Timestamp.from(createdAt);
        if (erasedAt != null) {
            insertOrMarkErased(subject, created, Timestamp.from(erasedAt));
        } else if (inOwnTransaction(() -> find(subject)) == null) {
            try {
                inOwnTransaction(() -> jdbc.update("INSERT INTO " + TABLE
                        + " (subject_id, subject_key, created_at) VALUES (?, ?, ?)", subject, key, created));
            } catch (DuplicateKeyException raced) {
                // another instance migrated it at the same moment
            }
        }
        cache.remove(subject);
    }

    /** Each statement in a transaction of its own: on PostgreSQL a failed insert spoils the rest of its transaction. */
    private void insertOrMarkErased(String subject, Timestamp createdAt, Timestamp erasedAt) {
        try {
            inOwnTransaction(() -> jdbc.update("INSERT INTO " + TABLE
                    + " (subject_id, created_at, erased_at) VALUES (?, ?, ?)", subject, createdAt, erasedAt));
        } catch (DuplicateKeyException exists) {
            inOwnTransaction(() -> jdbc.update("UPDATE " + TABLE + " SET subject_key = NULL, erased_at = ? "
                    + "WHERE subject_id = ? AND erased_at IS NULL", erasedAt, subject));
        }
    }

    private Row find(String subject) {
        List<Row> rows = jdbc.query("SELECT subject_key, erased_at FROM " + TABLE + " WHERE subject_id = ?",
                (rs, i) -> new Row(rs.getBytes(1), rs.getTimestamp(2)), subject);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private <T> T inOwnTransaction(Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }

    private Cached fresh(String subject) {
        Cached cached = cache.get(subject);
        return cached != null && cached.validUntil().isAfter(clock.instant()) ? cached : null;
    }

    private Cached remember(String subject, Row row) {
        Cached cached = row.key() == null
                ? new Cached(null, Instant.MAX)
                : new Cached(new SecretKeySpec(row.key(), ALGORITHM), clock.instant().plus(cacheTtl));
        cache.put(subject, cached);
        return cached;
    }

    private record Row(byte[] key, Timestamp erasedAt) {
    }

    /** A key (or {@code null}: erased) and until when this process may use it without asking again. */
    private record Cached(SecretKey key, Instant validUntil) {
    }
}
