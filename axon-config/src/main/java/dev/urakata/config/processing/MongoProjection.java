package dev.urakata.config.processing;

import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * What every event handler that keeps documents in MongoDB has — the query side's read models and the command
 * side's views and policies alike: the template it writes with, and the collections it owns, which a reset
 * empties before a replay fills them again (the read store is disposable). A blue-green rebuild runs the same
 * reset on the new version, so the collections named here switch with it, even those no event has filled yet.
 */
public abstract class MongoProjection {

    /**
     * The field in which a document of one aggregate remembers the sequence number of the last event it applied:
     * events of one aggregate arrive in order, so one it has seen, or an older one, is a redelivery.
     */
    protected static final String LAST_SEQUENCE = "lastSequence";

    /**
     * The field in which a document that keeps history (one document per change) says when the event behind it was
     * recorded: as-of queries ("as known on") compare it, a BSON date.
     */
    protected static final String RECORDED_AT = "recordedAt";

    protected final MongoTemplate mongo;
    private final List<String> collections;

    /** @param collections every collection the projection writes, by name */
    protected MongoProjection(MongoTemplate mongo, String... collections) {
        this.mongo = mongo;
        this.collections = List.of(collections);
    }

    /**
     * Makes sure {@code collection} has an index on {@code fields}, in order, each ascending unless written
     * {@code -field}: called from a constructor, so the live and a rebuilt version both have it.
     */
    protected final void index(String collection, String... fields) {
        Index index = new Index();
        for (String field : fields) {
            index = field.startsWith("-") ? index.on(field.substring(1), Sort.Direction.DESC)
                    : index.on(field, Sort.Direction.ASC);
        }
        mongo.indexOps(collection).ensureIndex(index);
    }

    /** Empties every collection the projection named: before a replay in place, and on a rebuild's new version. */
    @ResetHandler
    public void reset() {
        collections.forEach(collection -> mongo.remove(new Query(), collection));
    }

    /** The document whose {@code _id} is the id's text (an id record's {@code toString()} is its value). */
    protected static Query byId(Object id) {
        return Query.query(Criteria.where("_id").is(id.toString()));
    }

    /** The document of {@code id} as long as it has not applied the event of {@code sequence}, nor a later one. */
    protected static Query unapplied(Object id, long sequence) {
        return Query.query(Criteria.where("_id").is(id.toString()).and(LAST_SEQUENCE).lt(sequence));
    }

    /** What was recorded by {@code asOf} (a BSON date), or everything when {@code asOf} is null. */
    protected static Criteria recordedBy(Instant asOf) {
        return asOf == null ? new Criteria() : Criteria.where(RECORDED_AT).lte(Date.from(asOf));
    }

    /**
     * Applies an event's update to the document of its aggregate unless the document has applied it (or a later
     * event) already, and records the event's sequence number in {@link #LAST_SEQUENCE}.
     */
    protected void applyOnce(String collection, Object id, long sequence, Update update) {
        mongo.updateFirst(unapplied(id, sequence), update.set(LAST_SEQUENCE, sequence), collection);
    }
}
