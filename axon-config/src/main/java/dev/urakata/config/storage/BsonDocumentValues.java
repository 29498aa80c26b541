package dev.urakata.config.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * How the embedded MongoDB-wire server's documents are written into its H2 store: as BSON, the form they arrive and
 * leave in, instead of the Java serialization H2 falls back to for classes it does not know.
 *
 * <p>Why: Java serialization wrote every document with the class descriptions of the document and of each value,
 * and it was most of what committing the read-model store cost (two thirds of the commit thread's samples in a
 * profile of the command benchmark). BSON is smaller and several times cheaper to write and read.
 *
 * <p>Files written before hold Java-serialized documents, and other values (a collection's counters) are never
 * documents: each value carries a leading tag, H2's own for everything it writes, {@value #BSON_DOCUMENT} (which H2
 * does not use) for a BSON document, so both forms read side by side and old files need no migration. A document
 * that BSON cannot hold (none the wire protocol can deliver) is written the old way rather than failing the commit.
 *
 * <p>A document's bytes are kept, by the document's identity, from its first write or from the read that loaded it,
 * and written again as they are. Why: a commit writes every page it changed whole, and a collection is keyed by
 * {@code _id}, which for most read models is random (an event's or an entity's id): one new document makes a page of
 * a dozen or more old ones be written again, and encoding those again was most of what a commit cost. The server
 * changes a stored document in place when it updates it; {@link BsonStoredDatabase}'s collections call
 * {@link #changed} before the changed document is put back, so its next write encodes it anew.
 */
final class BsonDocumentValues extends BasicDataType<Object> {

    /** The tag of a BSON document; H2's {@link ObjectDataType} tags end at 119. */
    static final byte BSON_DOCUMENT = 125;

    /**
     * Bytes of documents already written or read, compared by identity (weak keys), in all stores of the process.
     * Bounded by their size: a document not found here is simply encoded again.
     */
    private static final Cache<Document, byte[]> ENCODED = Caffeine.newBuilder().weakKeys()
            .maximumWeight(64L * 1024 * 1024).weigher((Document document, byte[] bytes) -> bytes.length).build();

    private final ObjectDataType others = new ObjectDataType();
    /** A running average of the encoded size, H2's estimate of a value's memory as its own types keep it. */
    private volatile int averageSize = 512;

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    @Override
    public int compare(Object a, Object b) {
        return others.compare(a, b); // values are never compared; kept as H2's type does it
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageSize : others.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        byte[] bson = value instanceof Document document ? ENCODED.get(document, this::encode) : null;
        if (bson == null) {
            others.write(buffer, value);
            return;
        }
        buffer.put(BSON_DOCUMENT).put(bson);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_DOCUMENT) {
            return others.read(buffer);
        }
        buffer.get();
        int length = buffer.order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(buffer.position());
        buffer.order(java.nio.ByteOrder.BIG_ENDIAN);
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        ENCODED.put(document, bytes);
        return document;
    }

    /** Forgets {@code document}'s bytes: it was changed in place and is written again. */
    static void changed(Document document) {
        ENCODED.invalidate(document);
    }

    /** The document's size as BSON, from its kept bytes when there are any (0 when BSON cannot hold it). */
    static int sizeOf(Document document) {
        byte[] kept = ENCODED.getIfPresent(document);
        if (kept != null) {
            return kept.length;
        }
        ByteBuf out = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, out);
            return out.readableBytes();
        } catch (RuntimeException notBson) {
            return 0;
        } finally {
            out.release();
        }
    }

    /** The document as BSON, or null when BSON cannot hold it. */
    private byte[] encode(Document document) {
        ByteBuf out = Unpooled.buffer(averageSize + 64);
        try {
            BsonEncoder.encodeDocument(document, out);
        } catch (RuntimeException notBson) {
            return null;
        }
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        averageSize = (averageSize * 15 + bytes.length) / 16;
        return bytes;
    }
}
