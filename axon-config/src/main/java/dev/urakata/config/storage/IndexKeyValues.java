package dev.urakata.config.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * How the keys of the embedded MongoDB-wire server's unique indexes (the {@code _id} index of every collection
 * first) are ordered and written in its H2 store.
 *
 * <p>Why: the stock index hands its keys to H2's generic type, which knows no order for them and compares two keys
 * by Java-serializing both and comparing the bytes. Every lookup of a document by {@code _id} did that some fifteen
 * times (once per level of a binary search), and it was most of the server's time in a rebuild's bulk upserts. Here
 * two keys compare value by value in MongoDB's own order ({@link ValueComparator}, without its array rule, which
 * is not a total order); two keys that order the same and are still not equal (documents whose fields differ only in
 * order) fall back to the old byte comparison, so the order stays total and consistent with equality.
 *
 * <p>Keys are written as a BSON document of their values behind the tag {@value #BSON_KEY} (which H2's own type
 * never writes), anything BSON cannot hold the old way. The order differs from the old one, so an index written
 * before is read with H2's type and re-inserted once ({@link BsonStoredDatabase}).
 */
final class IndexKeyValues extends BasicDataType<Object> {

    /** The tag of a key written as BSON; H2's {@link ObjectDataType} tags end at 119, 125 marks a BSON document. */
    static final byte BSON_KEY = 126;

    private static final Comparator<Object> MONGO_ORDER = ValueComparator.ascWithoutListHandling();

    private final ObjectDataType others = new ObjectDataType();

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    @Override
    public int compare(Object a, Object b) {
        if (!(a instanceof KeyValue left) || !(b instanceof KeyValue right)) {
            return others.compare(a, b);
        }
        int shared = Math.min(left.size(), right.size());
        for (int i = 0; i < shared; i++) {
            int order = MONGO_ORDER.compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        if (left.size() != right.size()) {
            return Integer.compare(left.size(), right.size());
        }
        return left.equals(right) ? 0 : others.compare(a, b);
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof KeyValue key ? 48 + 32 * key.size() : others.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        byte[] bson = value instanceof KeyValue key ? encode(key) : null;
        if (bson == null) {
            others.write(buffer, value);
            return;
        }
        buffer.put(BSON_KEY).put(bson);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_KEY) {
            return others.read(buffer);
        }
        buffer.get();
        int length = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(buffer.position());
        buffer.order(ByteOrder.BIG_ENDIAN);
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice().limit(length));
        buffer.position(buffer.position() + length);
        return new KeyValue(new ArrayList<>(BsonDecoder.decodeBson(bson).values()));
    }

    /** The key's values as a BSON document ({@code "0"}, {@code "1"}, …), or null when BSON cannot hold one. */
    private static byte[] encode(KeyValue key) {
        Document values = new Document();
        for (int i = 0; i < key.size(); i++) {
            values.put(Integer.toString(i), key.get(i));
        }
        ByteBuf out = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(values, out);
        } catch (RuntimeException notBson) {
            return null;
        }
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }
}
