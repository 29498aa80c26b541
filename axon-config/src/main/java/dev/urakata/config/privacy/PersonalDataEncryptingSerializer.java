package dev.urakata.config.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.urakata.shared.privacy.PersonalDataFields;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

import javax.annotation.Nonnull;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The event serializer: Jackson, except that the erasable personal data fields of an event (see
 * {@link PersonalDataFields}) are stored encrypted with the key of the event's data subject, AES-256-GCM with a
 * fresh 96-bit nonce per field. The ciphertext is bound to subject and field name (associated data), so it cannot
 * be moved to another event or field unnoticed.
 *
 * <p>Reading decrypts; once the subject is erased its key is gone and the field reads as
 * {@link PersonalDataFields#ERASED}. The stored bytes never change, so the audit hash chain (which hashes them)
 * still verifies after an erasure.
 *
 * <p>An encrypted field is the string {@value #PREFIX} followed by base64 of nonce and ciphertext. A value
 * without the prefix is read as it is: events written before encryption existed stay readable.
 */
public class PersonalDataEncryptingSerializer implements Serializer {

    static final String PREFIX = "pd1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JacksonSerializer delegate;
    private final ObjectMapper mapper;
    private final SubjectKeyStore keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataEncryptingSerializer(JacksonSerializer delegate, SubjectKeyStore keys) {
        this.delegate = delegate;
        this.mapper = delegate.getObjectMapper();
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, @Nonnull Class<T> expectedRepresentation) {
        PersonalDataFields fields = object == null ? null : PersonalDataFields.of(object.getClass());
        if (fields == null || !fields.any()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = mapper.valueToTree(object);
        String subject = subjectOf(tree, fields, object.getClass().getName());
        Optional<SecretKey> key = keys.keyForWriting(subject);
        for (String field : fields.erasable()) {
            JsonNode value = tree.get(field);
            if (value != null && value.isTextual()) {
                tree.put(field, key.map(k -> encrypt(k, subject, field, value.textValue()))
                        .orElse(PersonalDataFields.ERASED));
            }
        }
        try {
            byte[] bytes = mapper.writeValueAsBytes(tree);
            return new SimpleSerializedObject<>(delegate.getConverter().convert(bytes, expectedRepresentation),
                    expectedRepresentation, delegate.typeForClass(object.getClass()));
        } catch (JsonProcessingException e) {
            throw new SerializationException("Unable to serialize " + object.getClass().getName(), e);
        }
    }

    @Override
    public <S, T> T deserialize(@Nonnull SerializedObject<S> serializedObject) {
        if (SerializedType.emptyType().equals(serializedObject.getType())) {
            return delegate.deserialize(serializedObject);
        }
        Class<?> type = delegate.classForType(serializedObject.getType());
        PersonalDataFields fields = PersonalDataFields.of(type);
        if (!fields.any()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode read = delegate.getConverter().convert(serializedObject, JsonNode.class).getData();
        ObjectNode tree = (ObjectNode) read.deepCopy();
        for (String field : fields.erasable()) {
            JsonNode value = tree.get(field);
            if (value != null && value.isTextual() && value.textValue().startsWith(PREFIX)) {
                // asked only here: an event written before its type had a subject holds no ciphertext to open
                String subject = subjectOf(tree, fields, type.getName());
                Optional<SecretKey> key = keys.keyFor(subject);
                tree.set(field, new TextNode(key.map(k -> decrypt(k, subject, field, value.textValue()))
                        .orElse(PersonalDataFields.ERASED)));
            }
        }
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(@Nonnull Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(@Nonnull SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    private static String subjectOf(ObjectNode tree, PersonalDataFields fields, String typeName) {
        JsonNode subject = tree.get(fields.subjectField());
        if (subject == null || !subject.isTextual() || subject.textValue().isBlank()) {
            throw new SerializationException(typeName + " has personal data but no data subject in "
                    + fields.subjectField());
        }
        return subject.textValue();
    }

    private String encrypt(SecretKey key, String subject, String field, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, subject, field);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new SerializationException("Cannot encrypt personal data", e);
        }
    }

    private static String decrypt(SecretKey key, String subject, String field, String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, subject, field);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SerializationException("Personal data field " + field + " of subject " + subject
                    + " does not decrypt: the stored event was altered", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SerializationException("Cannot decrypt personal data field " + field, e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String subject, String field)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((subject + '\u0000' + field).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
