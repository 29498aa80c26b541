package dev.urakata.query.audit;

import dev.urakata.query.operations.BeforeReplay;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Signed checkpoints that nobody has to remember to make: one a day (when the chain has grown since the last one),
 * and one before any reset or rebuild of the audit processors.
 *
 * <p>Why: {@code verify} recomputes the chain from the event store and compares it with the stored chain. Someone
 * who alters a stored event and then rebuilds the chain gets a chain that agrees with the altered events; only a
 * checkpoint signed before the alteration still holds the old hash, and {@code verify} then names that checkpoint
 * as contradicted. Before, checkpoints were made only when an administrator asked.
 */
@Component
class AutomaticCheckpoints implements BeforeReplay {

    private static final Logger log = LoggerFactory.getLogger(AutomaticCheckpoints.class);
    /** The processors whose replay could rewrite what the audit trail and its chain say. */
    static final Set<String> AUDIT_PROCESSORS = Set.of(AuditHashChainProjection.PROCESSING_GROUP,
            AuditTrailProjection.PROCESSING_GROUP);

    private final AuditCheckpoints checkpoints;
    private final AuditHashChainProjection chain;
    private final MongoTemplate mongo;

    AutomaticCheckpoints(AuditCheckpoints checkpoints, AuditHashChainProjection chain, MongoTemplate mongo) {
        this.checkpoints = checkpoints;
        this.chain = chain;
        this.mongo = mongo;
    }

    @Override
    public void beforeReplay(String processor, String user) {
        if (AUDIT_PROCESSORS.contains(processor) && chain.head() != null) {
            checkpoints.create("system, before " + user + " replayed " + processor);
        }
    }

    /**
     * Every day (at {@code urakata.audit.checkpoint-cron}, in {@code urakata.audit.checkpoint-zone}), a checkpoint
     * of the head unless the latest checkpoint already signed it. Several query sides may each make one; that costs
     * a duplicate, never a gap.
     */
    @Scheduled(cron = "${urakata.audit.checkpoint-cron:0 0 0 * * *}",
            zone = "${urakata.audit.checkpoint-zone:Asia/Tokyo}")
    void daily() {
        try {
            signIfGrown();
        } catch (RuntimeException e) {
            log.warn("Could not make the daily audit checkpoint; the next one will: {}", e.toString());
        }
    }

    /** Signs the head if the chain has grown since the latest checkpoint; whether it did. */
    boolean signIfGrown() {
        Document head = chain.head();
        if (head == null) {
            return false;
        }
        long position = ((Number) head.get("_id")).longValue();
        // a find, not exists(): exists counts through an aggregation (see DocumentIds)
        if (mongo.findOne(Query.query(Criteria.where("position").gte(position)), Document.class,
                AuditCheckpoints.CHECKPOINTS) != null) {
            return false;
        }
        checkpoints.create("system, daily");
        return true;
    }
}
