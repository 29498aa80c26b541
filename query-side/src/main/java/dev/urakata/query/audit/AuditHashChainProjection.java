package dev.urakata.query.audit;

import dev.urakata.config.processing.MongoProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The audit hash chain: one document per event of every context, in global order, each holding the SHA-256 of
 * the previous link and the event (see {@link AuditChainHasher}). Rewriting a stored event changes its link and
 * every later one, which {@link AuditChainVerifier} detects.
 *
 * <p>Runs in a single-segment processor with a sequential policy ({@link AuditChainProcessingConfiguration}):
 * a link needs its predecessor. Keyed by global position and computed from the link stored just before it, so a
 * redelivered event writes the same document again. An event its handler cannot process is dead-lettered with
 * every later one (one sequence), which stops the chain rather than skipping a link.
 *
 * <p>The predecessor of a new event is the chain's head, one document read by its key ({@value #HEAD}); only a
 * redelivered event, at or behind the head, looks for the link before it among the links. Why: finding "the
 * greatest position below this one" scans and sorts the whole chain on the embedded server, which made building
 * the chain quadratic. The head is written before the link, and both before the processor's token, so whatever a
 * crash keeps of them, the head is never behind the newest link, and an event the head has not passed yet has no
 * link after it.
 */
@Component
@ProcessingGroup(AuditHashChainProjection.PROCESSING_GROUP)
public class AuditHashChainProjection extends MongoProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "audit-hash-chain";
    static final String COLLECTION = "audit_hash_chain";
    /** The collection of the single document naming the newest link: its position and hash. */
    static final String HEAD = "audit_hash_chain_head";
    private static final String HEAD_ID = "head";

    private final AuditChainHasher hasher;

    public AuditHashChainProjection(MongoTemplate mongo, @Qualifier("eventSerializer") Serializer eventSerializer) {
        super(mongo, HEAD, COLLECTION);
        this.hasher = new AuditChainHasher(eventSerializer);
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        long position = token.position().orElseThrow(() ->
                new IllegalStateException("The audit hash chain needs the event's global position"));
        Document head = mongo.findById(HEAD_ID, Document.class, HEAD);
        boolean beyondHead = head == null || ((Number) head.get("position")).longValue() < position;
        if (!beyondHead) {
            refuseAnotherEventsPosition(event, position);
        }
        Document previous = beyondHead && head != null ? head : linkBefore(position);
        String hash = hasher.link(previous == null ? AuditChainHasher.GENESIS : previous.getString("hash"), event,
                position);
        if (head == null || ((Number) head.get("position")).longValue() <= position) {
            mongo.save(new Document("_id", HEAD_ID).append("position", position).append("hash", hash), HEAD);
        }
        mongo.save(new Document("_id", position).append("eventId", event.getIdentifier()).append("hash", hash),
                COLLECTION);
    }

    /**
     * An event at or behind the head is normally a redelivery of the event already linked there. Another event there
     * means the store handed out this position twice: a JDBC tracking token's position is the highest index it has
     * seen, so an event whose append committed after a later one's (a gap filled late) arrives with the later
     * event's position. Overwriting that link would drop an event from the chain without a trace; refusing stops
     * the chain (the event is dead-lettered with every later one) until someone looks. Appends serialized in commit
     * order ({@code OrderedAppendJdbcEventStorageEngine}) and Axon Server never fill a gap late.
     */
    private void refuseAnotherEventsPosition(EventMessage<?> event, long position) {
        Document linked = mongo.findById(position, Document.class, COLLECTION);
        if (linked != null && !event.getIdentifier().equals(linked.getString("eventId"))) {
            throw new IllegalStateException("Event " + event.getIdentifier() + " arrived at global position "
                    + position + ", which already links event " + linked.getString("eventId")
                    + ": the event store handed out positions out of commit order");
        }
    }

    /** A rebuild starts from an empty chain; it recomputes the same links, so signed checkpoints stay valid. */
    /** The newest link, or {@code null} when the chain is empty. */
    Document head() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), Document.class,
                COLLECTION);
    }

    /** The link just before {@code position}, or {@code null}: scans and sorts the whole chain (see above). */
    Document linkBefore(long position) {
        return mongo.findOne(Query.query(Criteria.where("_id").lt(position))
                .with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), Document.class, COLLECTION);
    }
}
