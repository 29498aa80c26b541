package dev.urakata.query.audit;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

import javax.annotation.Nonnull;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A serializer that hands back a stored message's own stored form instead of serializing anything.
 *
 * <p>Axon's messages read from an event store keep what they were read from, and give it back unchanged when asked
 * to serialize with the serializer that read them (they ask {@code serializer.equals(theirs)}). This one answers
 * that it is any serializer, and its converter passes the stored object through untouched, whatever its type:
 * bytes from the JDBC store, bytes (payload) or a map of typed values (metadata) from Axon Server. A message that
 * was never stored is serialized with the real event serializer.
 */
final class StoredForm implements Serializer {

    private final Serializer eventSerializer;
    private final Converter passThrough = new PassThrough();

    StoredForm(Serializer eventSerializer) {
        this.eventSerializer = eventSerializer;
    }

    /**
     * The bytes of a stored form: bytes as they are, text as UTF-8, and a map (Axon Server's metadata) as its
     * entries sorted by key, each key and value as text with its type, so that the same stored map always gives
     * the same bytes.
     */
    static byte[] bytes(Object storedForm) {
        if (storedForm instanceof byte[] bytes) {
            return bytes;
        }
        if (storedForm instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (storedForm instanceof Map<?, ?> map) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new TreeMap<>(map).forEach((key, value) -> {
                out.writeBytes(String.valueOf(key).getBytes(StandardCharsets.UTF_8));
                out.write(0);
                out.writeBytes(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                out.write(0);
            });
            return out.toByteArray();
        }
        throw new IllegalStateException("The audit chain cannot hash a stored form of type "
                + (storedForm == null ? "null" : storedForm.getClass().getName()));
    }

    /** Claims to be the serializer any stored message was read with, so that it hands over its stored form. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Serializer;
    }

    @Override
    public int hashCode() {
        return StoredForm.class.hashCode();
    }

    @Override
    public Converter getConverter() {
        return passThrough;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, @Nonnull Class<T> expectedRepresentation) {
        return eventSerializer.serialize(object, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(@Nonnull Class<T> expectedRepresentation) {
        return eventSerializer.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(@Nonnull SerializedObject<S> serializedObject) {
        throw new UnsupportedOperationException("only hands over stored forms");
    }

    @Override
    public Class classForType(@Nonnull SerializedType type) {
        return eventSerializer.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return eventSerializer.typeForClass(type);
    }

    /** Hands a serialized object over as it is, whatever representation was asked for. */
    private static final class PassThrough implements Converter {

        @Override
        public boolean canConvert(@Nonnull Class<?> sourceType, @Nonnull Class<?> targetType) {
            return true;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T convert(@Nonnull Object original, @Nonnull Class<?> sourceType, @Nonnull Class<T> targetType) {
            return (T) original;
        }
    }
}
