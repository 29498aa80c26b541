package dev.urakata.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
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
 */
@Component
@ProcessingGroup(AuditHashChainProjection.PROCESSING_GROUP)
public class AuditHashChainProjection {

    /** The processing group (and event processor) name. */
    public static final String PROCESSING_GROUP = "audit-hash-chain";
    static final String COLLECTION = "audit_hash_chain";

    private final MongoTemplate mongo;
    private final AuditChainHasher hasher;

    public AuditHashChainProjection(MongoTemplate mongo, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.mongo = mongo;
        this.hasher = new AuditChainHasher(eventSerializer);
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        long position = token.position().orElseThrow(() ->
                new IllegalStateException("The audit hash chain needs the event's global position"));
        Document previous = linkBefore(position);
        String previousHash = previous == null ? AuditChainHasher.GENESIS : previous.getString("hash");
        mongo.save(new Document("_id", position)
                .append("eventId", event.getIdentifier())
                .append("hash", hasher.link(previousHash, event, position))
                .append("previousHash", previousHash), COLLECTION);
    }

    /** A rebuild starts from an empty chain; it recomputes the same links, so signed checkpoints stay valid. */
    @ResetHandler
    void reset() {
        mongo.remove(new Query(), COLLECTION);
    }

    /** The newest link, or {@code null} when the chain is empty. */
    Document head() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), Document.class,
                COLLECTION);
    }

    private Document linkBefore(long position) {
        return mongo.findOne(Query.query(Criteria.where("_id").lt(position))
                .with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), Document.class, COLLECTION);
    }
}
