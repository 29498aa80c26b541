package dev.urakata.query.audit;

import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SerializedMessage;
import dev.urakata.config.testing.EmbeddedMongo;
import dev.urakata.shared.MetadataKeys;
import dev.urakata.shared.audit.AuditCheckpoint;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.hr.EmployeeTerminatedEvent;
import dev.urakata.shared.hr.TerminationReason;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit hash chain on the embedded MongoDB-wire server: links, redelivery, dependence on the predecessor. */
class AuditHashChainProjectionTest {

    static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private AuditHashChainProjection projection;
    private JacksonSerializer serializer;

    @BeforeEach
    void setUp() {
        serializer = JacksonSerializer.builder().objectMapper(Jackson2ObjectMapperBuilder.json().build()).build();
        projection = new AuditHashChainProjection(mongo.template(), serializer);
    }

    static GenericDomainEventMessage<EmployeeTerminatedEvent> event(String eventId, String note) {
        EmployeeTerminatedEvent payload = new EmployeeTerminatedEvent(new EmployeeId("emp-1"),
                TerminationReason.RESIGNATION, LocalDate.of(2026, 12, 31), note);
        return new GenericDomainEventMessage<>("Employee", "emp-1", 0, payload,
                MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.CORRELATION_ID, "corr-" + eventId),
                eventId, T0);
    }

    void deliver(GenericDomainEventMessage<EmployeeTerminatedEvent> event, long position) {
        projection.on(event, new GlobalSequenceTrackingToken(position));
    }

    List<Document> chain() {
        return mongo.template().find(new Query().with(Sort.by("_id")), Document.class,
                AuditHashChainProjection.COLLECTION);
    }

    @Test
    void eachLinkHashesItsEventAfterThePreviousLink() {
        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-2", "b"), 2);
        deliver(event("ev-3", "c"), 5);

        List<Document> chain = chain();
        assertThat(chain).extracting(d -> d.get("_id")).containsExactly(1L, 2L, 5L);
        assertThat(chain).extracting(d -> d.getString("eventId")).containsExactly("ev-1", "ev-2", "ev-3");
        AuditChainHasher hasher = new AuditChainHasher(serializer);
        assertThat(chain.get(0).getString("hash"))
                .isEqualTo(hasher.link(AuditChainHasher.GENESIS, event("ev-1", "a"), 1));
        assertThat(chain.get(1).getString("hash"))
                .isEqualTo(hasher.link(chain.get(0).getString("hash"), event("ev-2", "b"), 2));
        assertThat(chain.get(2).getString("hash"))
                .isEqualTo(hasher.link(chain.get(1).getString("hash"), event("ev-3", "c"), 5))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void theSameEventsTwiceGiveTheSameDocuments() {
        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-2", "b"), 2);
        List<Document> first = chain();

        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-2", "b"), 2);
        assertThat(chain()).isEqualTo(first);

        projection.reset();
        assertThat(chain()).isEmpty();
        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-2", "b"), 2);
        assertThat(chain()).isEqualTo(first);
    }

    @Test
    void aRedeliveryBehindTheHeadIsLinkedToItsOwnPredecessorAndLeavesTheHeadAlone() {
        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-2", "b"), 2);
        deliver(event("ev-3", "c"), 5);
        List<Document> first = chain();
        Document head = head();
        assertThat(head.get("position")).isEqualTo(5L);
        assertThat(head.getString("hash")).isEqualTo(first.get(2).getString("hash"));

        deliver(event("ev-2", "b"), 2);
        deliver(event("ev-3", "c"), 5);
        assertThat(chain()).isEqualTo(first);
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void aHeadWrittenWithoutItsLinkIsRepairedWhenTheEventComesAgain() {
        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-2", "b"), 2);
        List<Document> first = chain();
        // A crash between the head's write and the link's: the head names position 2, the link is not there.
        mongo.template().remove(Query.query(Criteria.where("_id").is(2L)), AuditHashChainProjection.COLLECTION);

        deliver(event("ev-2", "b"), 2);
        deliver(event("ev-3", "c"), 3);
        assertThat(chain().subList(0, 2)).isEqualTo(first);
        assertThat(chain().get(2).getString("hash")).isEqualTo(new AuditChainHasher(serializer)
                .link(first.get(1).getString("hash"), event("ev-3", "c"), 3));
    }

    @Test
    void anotherEventAtAPositionAlreadyLinkedIsRefusedAndTheChainKeepsItsLinks() {
        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-3", "c"), 3);
        List<Document> first = chain();
        Document head = head();

        // A gap filled late: the event appended at position 2 arrives with the tracking token's position, 3.
        assertThatThrownBy(() -> deliver(event("ev-2", "b"), 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ev-2").hasMessageContaining("ev-3").hasMessageContaining("position 3");
        assertThat(chain()).isEqualTo(first);
        assertThat(head()).isEqualTo(head);
    }

    Document head() {
        return mongo.template().findById("head", Document.class, AuditHashChainProjection.HEAD);
    }

    @Test
    void theHashOfAnEventDependsOnEveryEventBeforeIt() {
        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-2", "b"), 2);
        String original = chain().get(1).getString("hash");

        projection.reset();
        deliver(event("ev-1", "a different note"), 1);
        deliver(event("ev-2", "b"), 2);
        assertThat(chain().get(1).getString("hash")).isNotEqualTo(original);
    }

    @Test
    void anEventReadFromTheStoreIsHashedAsStoredNotAsItReadsNow() {
        // The same event, stored with its fields in another order (as a store written by another serializer
        // version might hold it): the value is equal, the stored bytes are not, and the bytes are what count.
        GenericDomainEventMessage<EmployeeTerminatedEvent> event = event("ev-1", "a");
        String asWritten = serializer.serialize(event.getPayload(), String.class).getData();
        String reordered = "{\"note\":\"a\"," + asWritten.substring(1).replace(",\"note\":\"a\"", "");
        assertThat(reordered).isNotEqualTo(asWritten);
        SerializedMessage<EmployeeTerminatedEvent> stored = new SerializedMessage<>("ev-1",
                new SimpleSerializedObject<>(reordered.getBytes(StandardCharsets.UTF_8), byte[].class,
                        serializer.typeForClass(EmployeeTerminatedEvent.class)),
                serializer.serialize(event.getMetaData(), byte[].class), serializer);
        GenericDomainEventMessage<EmployeeTerminatedEvent> read = new GenericDomainEventMessage<>("Employee",
                "emp-1", 0, stored, () -> T0);
        assertThat(read.getPayload()).isEqualTo(event.getPayload());

        AuditChainHasher hasher = new AuditChainHasher(serializer);
        assertThat(hasher.link(AuditChainHasher.GENESIS, read, 1))
                .isNotEqualTo(hasher.link(AuditChainHasher.GENESIS, event, 1));
        assertThat(hasher.link(AuditChainHasher.GENESIS, read, 1))
                .isEqualTo(hasher.link(AuditChainHasher.GENESIS, new GenericDomainEventMessage<>("Employee",
                        "emp-1", 0, stored, () -> T0), 1));
    }

    @Test
    void theHashCoversPayloadMetadataIdAndPosition() {
        AuditChainHasher hasher = new AuditChainHasher(serializer);
        String base = hasher.link(AuditChainHasher.GENESIS, event("ev-1", "a"), 1);
        assertThat(hasher.link(AuditChainHasher.GENESIS, event("ev-1", "a"), 1)).isEqualTo(base);
        assertThat(hasher.link(AuditChainHasher.GENESIS, event("ev-1", "b"), 1)).isNotEqualTo(base);
        assertThat(hasher.link(AuditChainHasher.GENESIS, event("ev-1", "a"), 2)).isNotEqualTo(base);
        assertThat(hasher.link(AuditChainHasher.GENESIS, event("ev-1", "a").andMetaData(
                MetaData.with(MetadataKeys.USER, "admin")), 1)).isNotEqualTo(base);
        GenericDomainEventMessage<EmployeeTerminatedEvent> e = event("ev-1", "a");
        assertThat(hasher.link(AuditChainHasher.GENESIS, new GenericDomainEventMessage<>("Employee", "emp-1", 0,
                e.getPayload(), e.getMetaData(), "ev-other", T0), 1)).isNotEqualTo(base);
    }

    @Test
    void aCheckpointSignsTheHeadAndDetectsAnyChangeToIt() {
        AuditCheckpoints checkpoints = new AuditCheckpoints(mongo.template(), projection);
        assertThatThrownBy(() -> checkpoints.create("admin")).hasMessageContaining("no event");

        deliver(event("ev-1", "a"), 1);
        deliver(event("ev-2", "b"), 2);
        AuditCheckpoint checkpoint = checkpoints.create("admin");
        AuditCheckpoint second = checkpoints.create("admin");

        assertThat(checkpoint.position()).isEqualTo(2);
        assertThat(checkpoint.hash()).isEqualTo(chain().get(1).getString("hash"));
        assertThat(second.publicKey()).isEqualTo(checkpoint.publicKey());
        assertThat(checkpoints.list(0, 50).items()).containsExactly(checkpoint, second);
        assertThat(AuditCheckpoints.signatureHolds(checkpoint)).isTrue();
        assertThat(AuditCheckpoints.signatureHolds(new AuditCheckpoint(checkpoint.id(), 1, checkpoint.hash(),
                checkpoint.createdAt(), "admin", "Ed25519", checkpoint.signedContent(), checkpoint.signature(),
                checkpoint.publicKey()))).isFalse();
        String otherHash = AuditChainHasher.GENESIS;
        assertThat(AuditCheckpoints.signatureHolds(new AuditCheckpoint(checkpoint.id(), 2, otherHash,
                checkpoint.createdAt(), "admin", "Ed25519",
                AuditCheckpoints.signedContent(2, otherHash, checkpoint.createdAt()), checkpoint.signature(),
                checkpoint.publicKey()))).isFalse();
    }
}
