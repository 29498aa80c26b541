package dev.urakata.config.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
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
 */
final class BsonDocumentValues extends BasicDataType<Object> {

    /** The tag of a BSON document; H2's {@link ObjectDataType} tags end at 119. */
    static final byte BSON_DOCUMENT = 125;

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
        byte[] bson = value instanceof Document document ? encode(document) : null;
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
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice().limit(length));
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(bson);
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
