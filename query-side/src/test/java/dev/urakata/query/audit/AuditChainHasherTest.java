package dev.urakata.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.protobuf.ByteString;
import dev.urakata.config.privacy.PersonalDataEncryptingSerializer;
import dev.urakata.config.privacy.SubjectKeyStore;
import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.shared.hr.EmployeeHiredEvent;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmploymentType;
import dev.urakata.shared.money.Money;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import org.axonframework.axonserver.connector.event.axon.GrpcBackedDomainEventData;
import org.axonframework.axonserver.connector.event.axon.GrpcMetaDataAwareSerializer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same stored events read through the embedded JDBC store's path and through Axon Server's (the connector's
 * event data and serializer wrapper) hash the same way every time: what is stored, not a re-serialization.
 */
class AuditChainHasherTest {

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private static final EmployeeHiredEvent HIRED = new EmployeeHiredEvent(new EmployeeId("emp-1"), "E-001", "Hanako",
            "Yamada", "hanako@example.com", "Sales", "Rep", EmploymentType.PERMANENT, null, LocalDate.of(2026, 4, 1),
            Money.of("300000", "JPY"));

    private final JacksonSerializer jackson = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();
    private final Serializer eventSerializer = new PersonalDataEncryptingSerializer(jackson,
            new SubjectKeyStore(EmbeddedDatabase.create(), Duration.ofSeconds(10), Clock.systemUTC(), () -> { }));
    private final AuditChainHasher hasher = new AuditChainHasher(eventSerializer);
    /** The payload as the command side stored it: encrypted once, with one nonce. */
    private final byte[] storedPayload = eventSerializer.serialize(HIRED, byte[].class).getData();

    @Test
    void theEmbeddedStoresEventsHashTheSameEveryTimeAndAsTheStoredBytes() {
        byte[] storedMetaData = jackson.serialize(Map.of("user", "hr", "correlationId", "c-1"), byte[].class)
                .getData();
        DomainEventMessage<?> first = readFromJdbc(storedPayload, storedMetaData);
        DomainEventMessage<?> again = readFromJdbc(storedPayload, storedMetaData);

        String hash = hasher.link(AuditChainHasher.GENESIS, first, 1);
        assertThat(hasher.link(AuditChainHasher.GENESIS, first, 1)).isEqualTo(hash);
        assertThat(hasher.link(AuditChainHasher.GENESIS, again, 1)).isEqualTo(hash);
        // what earlier versions hashed in this mode (the stored bytes, through the serializer that read them):
        // existing chains and signed checkpoints still verify
        assertThat(new LegacyEmbeddedLink(eventSerializer).link(again)).isEqualTo(hash);
    }

    @Test
    void axonServersEventsHashTheSameEveryTimeAlthoughReSerializingThemDoesNot() {
        DomainEventMessage<?> first = readFromAxonServer(storedPayload, "hr");
        DomainEventMessage<?> again = readFromAxonServer(storedPayload, "hr");

        // the defect: through the connector's wrapper, "serialize" encrypts again with a fresh nonce
        assertThat(first.serializePayload(eventSerializer, byte[].class).getData())
                .isNotEqualTo(first.serializePayload(eventSerializer, byte[].class).getData());

        String hash = hasher.link(AuditChainHasher.GENESIS, first, 1);
        assertThat(hasher.link(AuditChainHasher.GENESIS, first, 1)).isEqualTo(hash);
        assertThat(hasher.link(AuditChainHasher.GENESIS, again, 1)).isEqualTo(hash);
    }

    @Test
    void aChangeToTheStoredPayloadOrMetadataChangesTheHash() {
        String hash = hasher.link(AuditChainHasher.GENESIS, readFromAxonServer(storedPayload, "hr"), 1);
        byte[] altered = storedPayload.clone();
        altered[altered.length - 3] ^= 1;

        assertThat(hasher.link(AuditChainHasher.GENESIS, readFromAxonServer(altered, "hr"), 1)).isNotEqualTo(hash);
        assertThat(hasher.link(AuditChainHasher.GENESIS, readFromAxonServer(storedPayload, "admin"), 1))
                .isNotEqualTo(hash);
    }

    private DomainEventMessage<?> readFromJdbc(byte[] payload, byte[] metaData) {
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>("Employee", "emp-1", 0, "event-1", T0,
                EmployeeHiredEvent.class.getName(), null, payload, metaData);
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), eventSerializer,
                NoOpEventUpcaster.INSTANCE).next();
    }

    private DomainEventMessage<?> readFromAxonServer(byte[] payload, String user) {
        Event stored = Event.newBuilder().setMessageIdentifier("event-1").setAggregateIdentifier("emp-1")
                .setAggregateSequenceNumber(0).setAggregateType("Employee").setTimestamp(T0.toEpochMilli())
                .setPayload(io.axoniq.axonserver.grpc.SerializedObject.newBuilder()
                        .setType(EmployeeHiredEvent.class.getName()).setData(ByteString.copyFrom(payload)))
                .putMetaData("user", MetaDataValue.newBuilder().setTextValue(user).build())
                .putMetaData("correlationId", MetaDataValue.newBuilder().setTextValue("c-1").build())
                .build();
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(new GrpcBackedDomainEventData(stored)),
                new GrpcMetaDataAwareSerializer(eventSerializer), NoOpEventUpcaster.INSTANCE).next();
    }

    /** The link as earlier versions computed it, for messages read through the serializer they hash with. */
    private record LegacyEmbeddedLink(Serializer serializer) {
        String link(DomainEventMessage<?> event) {
            try {
                java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
                sha256.update(java.util.HexFormat.of().parseHex(AuditChainHasher.GENESIS));
                sha256.update(event.serializePayload(serializer, byte[].class).getData());
                sha256.update(event.serializeMetaData(serializer, byte[].class).getData());
                sha256.update(event.getIdentifier().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha256.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(1).array());
                return java.util.HexFormat.of().formatHex(sha256.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
