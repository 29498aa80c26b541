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
 * where payload and metadata are the bytes as stored in the event store.
 *
 * <p>Hashing the stored bytes, not a re-serialization, is what lets the chain survive crypto-shredding: an
 * erasure changes what the personal data fields read as, never what is stored. An event that was not read from
 * the store (no stored form) is serialized with the event serializer.
 *
 * <p>The projection and the verifier both use this one function, so "what is hashed" cannot drift between them.
 */
final class AuditChainHasher {

    /** The "previous hash" of the first event: 32 zero bytes. */
    static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private final Serializer serializer;

    AuditChainHasher(Serializer serializer) {
        this.serializer = serializer;
    }

    /** The hash (hex) of {@code event} at {@code position}, following {@code previousHash} (hex). */
    String link(String previousHash, EventMessage<?> event, long position) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previousHash));
        sha256.update(event.serializePayload(serializer, byte[].class).getData());
        sha256.update(event.serializeMetaData(serializer, byte[].class).getData());
        sha256.update(event.getIdentifier().getBytes(StandardCharsets.UTF_8));
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
