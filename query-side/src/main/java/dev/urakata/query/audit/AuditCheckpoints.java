package dev.urakata.query.audit;

import dev.urakata.shared.audit.AuditCheckpoint;
import dev.urakata.shared.audit.AuditCheckpointPage;
import dev.urakata.shared.audit.AuditErrors;
import dev.urakata.shared.error.DomainException;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed checkpoints of the audit hash chain's head, with an Ed25519 key pair generated on first use.
 *
 * <p>The key pair lives in MongoDB ({@code audit_signing_keys}), so whoever can rewrite the database can also sign:
 * a checkpoint proves something only once its hash and public key have been handed to a party outside the system.
 * Each checkpoint carries the public key that signed it, so a future key rotation leaves old ones verifiable.
 */
@Component
class AuditCheckpoints {

    static final String KEYS = "audit_signing_keys";
    static final String CHECKPOINTS = "audit_checkpoints";
    static final String ALGORITHM = "Ed25519";
    private static final String KEY_ID = "ed25519-1";
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final MongoTemplate mongo;
    private final AuditHashChainProjection chain;
    private final Clock clock;

    @Autowired
    AuditCheckpoints(MongoTemplate mongo, AuditHashChainProjection chain) {
        this(mongo, chain, Clock.systemUTC());
    }

    AuditCheckpoints(MongoTemplate mongo, AuditHashChainProjection chain, Clock clock) {
        this.mongo = mongo;
        this.chain = chain;
        this.clock = clock;
    }

    /** Signs the chain's current head and stores the checkpoint. */
    AuditCheckpoint create(String user) {
        Document head = chain.head();
        if (head == null) {
            throw new DomainException(AuditErrors.AUDIT_CHAIN_EMPTY, "The audit hash chain has no event yet");
        }
        Document key = signingKey();
        long position = ((Number) head.get("_id")).longValue();
        String hash = head.getString("hash");
        // Mongo keeps milliseconds: sign what will be read back.
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String content = signedContent(position, hash, createdAt);
        String signature = B64.encodeToString(sign(key, content.getBytes(StandardCharsets.UTF_8)));
        AuditCheckpoint checkpoint = new AuditCheckpoint(UUID.randomUUID().toString(), position, hash, createdAt,
                user, ALGORITHM, content, signature, key.getString("publicKey"));
        mongo.insert(new Document("_id", checkpoint.id())
                .append("position", position)
                .append("hash", hash)
                .append("createdAt", Date.from(createdAt))
                .append("createdBy", user)
                .append("algorithm", ALGORITHM)
                .append("keyId", key.getString("_id"))
                .append("signedContent", content)
                .append("signature", signature)
                .append("publicKey", key.getString("publicKey")), CHECKPOINTS);
        return checkpoint;
    }

    AuditCheckpointPage list(int page, int size) {
        Query query = new Query();
        long total = mongo.count(query, CHECKPOINTS);
        List<AuditCheckpoint> items = mongo.find(Query.of(query).with(Sort.by("createdAt", "_id"))
                        .skip((long) page * size).limit(size), Document.class, CHECKPOINTS)
                .stream().map(AuditCheckpoints::checkpoint).toList();
        return new AuditCheckpointPage(items, page, size, total);
    }

    /** The checkpoint stored under {@code id}, if any. */
    Optional<AuditCheckpoint> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, CHECKPOINTS)).map(AuditCheckpoints::checkpoint);
    }

    /** Every stored checkpoint, oldest first. */
    List<AuditCheckpoint> all() {
        return mongo.find(new Query().with(Sort.by("position", "_id")), Document.class, CHECKPOINTS).stream()
                .map(AuditCheckpoints::checkpoint).toList();
    }

    /** Whether the checkpoint's signature verifies over its own fields with its own public key. */
    static boolean signatureHolds(AuditCheckpoint checkpoint) {
        try {
            if (!checkpoint.signedContent().equals(
                    signedContent(checkpoint.position(), checkpoint.hash(), checkpoint.createdAt()))) {
                return false;
            }
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(B64D.decode(checkpoint.publicKey())));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(checkpoint.signedContent().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(B64D.decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The exact text that is signed: versioned, one value per line. */
    static String signedContent(long position, String hash, Instant createdAt) {
        return "urakata-audit-checkpoint/v1\nposition=" + position + "\nhash=" + hash + "\ncreatedAt=" + createdAt;
    }

    /** The public key (base64 X.509) that {@link #sign(byte[])} signs with; the key pair is made on first use. */
    String publicKey() {
        return signingKey().getString("publicKey");
    }

    /**
     * Signs {@code content} (an export's trailer) with the checkpoints' key, base64. One key for both, so that a
     * checkpoint handed outside also vouches for the key that signs exports.
     */
    String sign(byte[] content) {
        return B64.encodeToString(sign(signingKey(), content));
    }

    private byte[] sign(Document key, byte[] content) {
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(B64D.decode(key.getString("privateKey"))));
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the audit key", e);
        }
    }

    /** The signing key pair, generated and stored on first use; two instances racing keep the first one stored. */
    private Document signingKey() {
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(KEY_ID)), Document.class, KEYS);
        if (stored != null) {
            return stored;
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            mongo.insert(new Document("_id", KEY_ID)
                    .append("algorithm", ALGORITHM)
                    .append("publicKey", B64.encodeToString(pair.getPublic().getEncoded()))
                    .append("privateKey", B64.encodeToString(pair.getPrivate().getEncoded()))
                    .append("createdAt", Date.from(clock.instant())), KEYS);
        } catch (DuplicateKeyException lostTheRace) {
            // another instance stored its key first: use that one
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 provides Ed25519", e);
        }
        return mongo.findOne(Query.query(Criteria.where("_id").is(KEY_ID)), Document.class, KEYS);
    }

    private static AuditCheckpoint checkpoint(Document doc) {
        return new AuditCheckpoint(doc.getString("_id"), ((Number) doc.get("position")).longValue(),
                doc.getString("hash"), doc.getDate("createdAt").toInstant(), doc.getString("createdBy"),
                doc.getString("algorithm"), doc.getString("signedContent"), doc.getString("signature"),
                doc.getString("publicKey"));
    }
}
