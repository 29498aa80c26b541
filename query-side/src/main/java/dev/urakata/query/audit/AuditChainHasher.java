package dev.urakata.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One link of the audit hash chain: {@code SHA-256(previousHash || payload || metadata || eventId || position)},
 * where payload and metadata are what the event store holds.
 *
 * <p>Hashing what is stored, never a re-serialization, is what lets the chain survive crypto-shredding (an erasure
 * changes what the personal data fields read as, never what is stored) and what makes it repeatable at all: the
 * event serializer encrypts with a fresh nonce each time, and with Axon Server the connector wraps the serializer,
 * so asking the message to serialize itself "again" gave a different answer on every call.
 *
 * <p>The stored form is taken from the message without any serializer's judgement: {@link StoredForm} tells a
 * message read from a store "I am the serializer you were read with", and such a message hands over what it was read
 * from instead of serializing. The payload is then the stored bytes in every mode. The metadata is the stored bytes
 * in the embedded JDBC store; Axon Server stores metadata as a map of typed values rather than bytes, so there the
 * metadata is hashed as a canonical encoding of that map (keys sorted, each value's type and text). An event that
 * was never stored (no stored form) is serialized with the event serializer.
 *
 * <p>The projection and the verifier both use this one function, so "what is hashed" cannot drift between them.
 */
final class AuditChainHasher {

    /** The "previous hash" of the first event: 32 zero bytes. */
    static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private final StoredForm stored;

    AuditChainHasher(Serializer serializer) {
        this.stored = new StoredForm(serializer);
    }

    /** The hash (hex) of {@code event} at {@code position}, following {@code previousHash} (hex). */
    String link(String previousHash, EventMessage<?> event, long position) {
        return link(previousHash, storedPayload(event), storedMetaData(event), event.getIdentifier(), position);
    }

    /** The bytes of the event's payload that a link hashes: what the store holds. */
    byte[] storedPayload(EventMessage<?> event) {
        return StoredForm.bytes(event.serializePayload(stored, byte[].class).getData());
    }

    /** The bytes of the event's metadata that a link hashes: what the store holds (see the class comment). */
    byte[] storedMetaData(EventMessage<?> event) {
        return StoredForm.bytes(event.serializeMetaData(stored, byte[].class).getData());
    }

    /**
     * One link from its parts; the layout an export's reader recomputes (docs/audit-exports.md): the previous hash
     * as 32 bytes, the stored payload, the stored metadata, the event id in UTF-8, the position as an 8-byte
     * big-endian long.
     */
    static String link(String previousHash, byte[] payload, byte[] metaData, String eventId, long position) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previousHash));
        sha256.update(payload);
        sha256.update(metaData);
        sha256.update(eventId.getBytes(StandardCharsets.UTF_8));
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
        return HEX.formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java 17 runtime has SHA-256", e);
        }
    }
}
