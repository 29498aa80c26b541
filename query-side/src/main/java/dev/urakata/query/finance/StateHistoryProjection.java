package dev.urakata.query.finance;

import dev.urakata.config.processing.MongoProjection;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A read model of business objects (invoices, budgets, customer accounts) kept in two collections: the current
 * state, one document per object, and its history, one document per change with the state after it. An analyst
 * reads the current state as it is, without picking the last element of an array, and a document does not grow
 * with its history (#18); the state "as of" an instant is the last change recorded by then.
 *
 * <p>Idempotent: the current document remembers the sequence of the last event applied to it, and a change is
 * keyed by the object's id and its event's sequence, so a redelivered event rewrites the same history document and
 * leaves the current one as it was.
 */
abstract class StateHistoryProjection extends MongoProjection {

    /** A history document's fields beside the state: which change it is and when it was recorded. */
    static final String SEQUENCE = "sequence";
    static final String EVENT_ID = "eventId";
    static final String RECORDED_AT = "recordedAt";

    private final String current;
    private final String history;
    private final String idField;

    /**
     * @param current the collection of current states
     * @param history the collection of changes
     * @param idField the field of a change that names its object (its {@code _id} in {@code current})
     */
    protected StateHistoryProjection(MongoTemplate mongo, String current, String history, String idField) {
        super(mongo, current, history);
        this.current = current;
        this.history = history;
        this.idField = idField;
        index(history, idField, SEQUENCE);
    }

    /**
     * Applies {@code change} to the state of object {@code id} (on its first event, to a state of just its
     * {@code identity} fields) unless the event of {@code sequence} was applied already, and records the change.
     */
    protected void change(String id, Document identity, long sequence, EventMessage<?> message,
                          UnaryOperator<Document> change) {
        Document before = mongo.findById(id, Document.class, current);
        if (before != null && before.get(LAST_SEQUENCE, Number.class).longValue() >= sequence) {
            return; // redelivered
        }
        Document state = change.apply(before == null ? new Document(identity) : state(before));
        // The change before the current state: were it the other way round, a failure in between would leave the
        // change unrecorded, and the redelivery would then find the current state applied and record nothing.
        Document recorded = new Document("_id", id + ":" + sequence).append(idField, id).append(SEQUENCE, sequence)
                .append(EVENT_ID, message.getIdentifier()).append(RECORDED_AT, Date.from(message.getTimestamp()));
        recorded.putAll(state);
        mongo.save(recorded, history);
        Document next = new Document("_id", id);
        next.putAll(state);
        next.append(LAST_SEQUENCE, sequence);
        if (before == null) {
            mongo.insert(next, current);
        } else {
            mongo.findAndReplace(unapplied(id, sequence), next, current);
        }
    }

    /** The state of {@code id} now ({@code asOf} null) or after its last change recorded by {@code asOf}; or null. */
    protected Document stateAt(String id, Instant asOf) {
        if (asOf == null) {
            Document now = mongo.findById(id, Document.class, current);
            return now == null ? null : state(now);
        }
        Query last = Query.query(Criteria.where(idField).is(id).and(RECORDED_AT).lte(Date.from(asOf)))
                .with(Sort.by(Sort.Direction.DESC, SEQUENCE)).limit(1);
        Document change = mongo.findOne(last, Document.class, history);
        return change == null ? null : state(change);
    }

    /**
     * The states, by object id, of the objects that match {@code identity} (criteria on fields an object has from
     * its first event on, which every change repeats) now or as of an instant, as {@link #stateAt} gives them.
     */
    protected Map<String, Document> statesAt(Criteria identity, Instant asOf) {
        Map<String, Document> states = new LinkedHashMap<>();
        if (asOf == null) {
            mongo.find(Query.query(identity), Document.class, current)
                    .forEach(doc -> states.put(doc.getString("_id"), state(doc)));
            return states;
        }
        Query changes = Query.query(identity).addCriteria(Criteria.where(RECORDED_AT).lte(Date.from(asOf)))
                .with(Sort.by(idField, SEQUENCE));
        // In sequence order per object, so each object's last change recorded by then is the one kept.
        mongo.find(changes, Document.class, history).forEach(doc -> states.put(doc.getString(idField), state(doc)));
        return states;
    }

    /** The state fields of a current document or of a change: without what says which document or change it is. */
    private Document state(Document doc) {
        Document state = new Document(doc);
        for (String field : new String[]{"_id", LAST_SEQUENCE, idField, SEQUENCE, EVENT_ID, RECORDED_AT}) {
            state.remove(field);
        }
        return state;
    }
}
