package dev.urakata.query.audit;

import dev.urakata.config.refusals.RefusalLog;
import dev.urakata.shared.audit.AuditChainBreak;
import dev.urakata.shared.audit.AuditChainVerification;
import dev.urakata.shared.audit.AuditCheckpoint;
import dev.urakata.shared.audit.AuditCheckpointMismatch;
import dev.urakata.shared.audit.RefusalLogVerification;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Recomputes the audit hash chain from the event store itself and compares it, link by link, with the stored
 * chain and with every signed checkpoint.
 *
 * <p>Stops at the stored chain's head: events the projection has not reached yet are not a break. A stored link
 * whose event the store no longer returns, and an event the chain skipped, are breaks.
 *
 * <p>Also recomputes the security and refusal log's own chain ({@link RefusalLog#verify()}): the whole is verified
 * only when both hold.
 */
@Component
public class AuditChainVerifier {

    /** How long to wait for the next event before concluding that the store has no more up to the head. */
    private static final int WAIT_MILLIS = 2000;

    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final AuditHashChainProjection chain;
    private final AuditCheckpoints checkpoints;
    private final AuditChainHasher hasher;
    private final RefusalLog refusals;

    AuditChainVerifier(EventStore eventStore, MongoTemplate mongo, AuditHashChainProjection chain,
                       AuditCheckpoints checkpoints, @Qualifier("eventSerializer") Serializer eventSerializer,
                       RefusalLog refusals) {
        this.eventStore = eventStore;
        this.refusals = refusals;
        this.mongo = mongo;
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.hasher = new AuditChainHasher(eventSerializer);
    }

    public AuditChainVerification verify() {
        RefusalLogVerification refusalLog = refusals.verify();
        List<AuditCheckpoint> signed = checkpoints.all();
        Document head = chain.head();
        if (head == null) {
            List<AuditCheckpointMismatch> mismatches = signed.stream()
                    .map(c -> new AuditCheckpointMismatch(c.id(), c.position(), "the audit hash chain is empty"))
                    .toList();
            return new AuditChainVerification(mismatches.isEmpty() && refusalLog.intact(), 0, null, null, null,
                    signed.size(), mismatches, refusalLog);
        }
        long headPosition = position(head);
        Map<Long, String> recomputedAtCheckpoints = new HashMap<>();
        signed.forEach(c -> recomputedAtCheckpoints.put(c.position(), null));

        AuditChainBreak firstBreak = null;
        long checked = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null);
             Stream<Document> stored = mongo.stream(new Query().with(Sort.by("_id")).cursorBatchSize(500),
                     Document.class, AuditHashChainProjection.COLLECTION)) {
            Iterator<Document> links = stored.iterator();
            Document link = links.hasNext() ? links.next() : null;
            String previous = AuditChainHasher.GENESIS;
            while (link != null && events.hasNextAvailable(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = events.nextAvailable();
                long position = event.trackingToken().position().orElseThrow();
                if (position > headPosition) {
                    break;
                }
                String expected = hasher.link(previous, event, position);
                checked++;
                if (recomputedAtCheckpoints.containsKey(position)) {
                    recomputedAtCheckpoints.put(position, expected);
                }
                while (link != null && position(link) < position) {
                    // a link whose event the store no longer returns
                    firstBreak = first(firstBreak, new AuditChainBreak(position(link), link.getString("eventId"),
                            null, link.getString("hash")));
                    link = links.hasNext() ? links.next() : null;
                }
                if (link == null || position(link) > position) {
                    firstBreak = first(firstBreak, new AuditChainBreak(position, event.getIdentifier(), expected,
                            null));
                } else {
                    if (!expected.equals(link.getString("hash"))
                            || !event.getIdentifier().equals(link.getString("eventId"))) {
                        firstBreak = first(firstBreak, new AuditChainBreak(position, event.getIdentifier(),
                                expected, link.getString("hash")));
                    }
                    link = links.hasNext() ? links.next() : null;
                }
                previous = expected;
            }
            if (link != null) {
                firstBreak = first(firstBreak, new AuditChainBreak(position(link), link.getString("eventId"), null,
                        link.getString("hash")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event store", e);
        }

        List<AuditCheckpointMismatch> mismatches = new ArrayList<>();
        for (AuditCheckpoint checkpoint : signed) {
            String recomputed = recomputedAtCheckpoints.get(checkpoint.position());
            if (!AuditCheckpoints.signatureHolds(checkpoint)) {
                mismatches.add(new AuditCheckpointMismatch(checkpoint.id(), checkpoint.position(),
                        "the signature does not verify"));
            } else if (recomputed == null) {
                mismatches.add(new AuditCheckpointMismatch(checkpoint.id(), checkpoint.position(),
                        "the event store has no event at this position up to the chain's head"));
            } else if (!recomputed.equals(checkpoint.hash())) {
                mismatches.add(new AuditCheckpointMismatch(checkpoint.id(), checkpoint.position(),
                        "the hash recomputed from the event store differs from the signed hash"));
            }
        }
        return new AuditChainVerification(firstBreak == null && mismatches.isEmpty() && refusalLog.intact(), checked,
                headPosition, head.getString("hash"), firstBreak, signed.size(), mismatches, refusalLog);
    }

    private static AuditChainBreak first(AuditChainBreak found, AuditChainBreak candidate) {
        return found != null ? found : candidate;
    }

    private static long position(Document link) {
        return ((Number) link.get("_id")).longValue();
    }
}
