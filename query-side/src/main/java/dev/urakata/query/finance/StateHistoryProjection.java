package dev.urakata.query.finance;

import dev.urakata.config.processing.MongoProjection;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A read model of business objects (invoices, budgets, customer accounts) kept in two collections: the current
 * state, one document per object, and its history, one document per change with the state after it. An analyst
 * reads the current state as it is, without picking the last element of an array, and a document does not grow
 * with its history (#18); the state "as of" an instant is the last change recorded by then.
 *
 * <p>The state is a record {@code S} whose fields both documents hold unwrapped beside their own: a current document
 * ({@code C}) adds the sequence of the last event applied, a change ({@code H}) which object and change it is and
 * when it was recorded.
 *
 * <p>Idempotent: the current document remembers the sequence of the last event applied to it, and a change is
 * keyed by the object's id and its event's sequence, so a redelivered event rewrites the same history document and
 * leaves the current one as it was.
 */
abstract class StateHistoryProjection<S extends Record, C extends StateHistoryProjection.Current<S>,
        H extends StateHistoryProjection.Change<S>> extends MongoProjection {

    /** A document of the current states: one object's state and the sequence of the last event applied to it. */
    interface Current<S> {
        /** The object (its {@code _id}). */
        String id();

        S state();

        long lastSequence();
    }

    /** A document of the history: the state of one object after one change. */
    interface Change<S> {
        /** The object changed (the {@code _id} of its current document). */
        String objectId();

        S state();
    }

    /** A change's field that orders the changes of an object: the sequence of its event. */
    static final String SEQUENCE = "sequence";

    private final String current;
    private final Class<C> currentType;
    private final String history;
    private final Class<H> historyType;
    private final String idField;

    /**
     * @param current the collection of current states, of {@code currentType}
     * @param history the collection of changes, of {@code historyType}
     * @param idField the stored name of a change's {@link Change#objectId()}
     */
    protected StateHistoryProjection(MongoTemplate mongo, String current, Class<C> currentType, String history,
                                     Class<H> historyType, String idField) {
        super(mongo, current, history);
        this.current = current;
        this.currentType = currentType;
        this.history = history;
        this.historyType = historyType;
        this.idField = idField;
        index(history, idField, SEQUENCE);
    }

    /** The current document of object {@code id}. */
    protected abstract C current(String id, S state, long lastSequence);

    /** The change {@code id} of object {@code objectId}: its event, when that was recorded, the state after it. */
    protected abstract H change(String id, String objectId, long sequence, String eventId, Instant recordedAt,
                                S state);

    /**
     * Applies {@code change} to the state of object {@code id} (on its first event, to {@code initial}) unless the
     * event of {@code sequence} was applied already, and records the change.
     */
    protected void change(String id, S initial, long sequence, EventMessage<?> message, UnaryOperator<S> change) {
        C before = mongo.findById(id, currentType, current);
        if (before != null && before.lastSequence() >= sequence) {
            return; // redelivered
        }
        S state = change.apply(before == null ? initial : before.state());
        // The change before the current state: were it the other way round, a failure in between would leave the
        // change unrecorded, and the redelivery would then find the current state applied and record nothing.
        mongo.save(change(id + ":" + sequence, id, sequence, message.getIdentifier(), message.getTimestamp(), state),
                history);
        C next = current(id, state, sequence);
        if (before == null) {
            mongo.insert(next, current);
        } else {
            mongo.findAndReplace(unapplied(id, sequence), next, current);
        }
    }

    /** The state of {@code id} now ({@code asOf} null) or after its last change recorded by {@code asOf}; or null. */
    protected S stateAt(String id, Instant asOf) {
        if (asOf == null) {
            C now = mongo.findById(id, currentType, current);
            return now == null ? null : now.state();
        }
        Query last = Query.query(Criteria.where(idField).is(id)).addCriteria(recordedBy(asOf))
                .with(Sort.by(Sort.Direction.DESC, SEQUENCE)).limit(1);
        H change = mongo.findOne(last, historyType, history);
        return change == null ? null : change.state();
    }

    /**
     * The states, by object id, of the objects that match {@code identity} (criteria on fields an object has from
     * its first event on, which every change repeats) now or as of an instant, as {@link #stateAt} gives them.
     */
    protected Map<String, S> statesAt(Criteria identity, Instant asOf) {
        Map<String, S> states = new LinkedHashMap<>();
        if (asOf == null) {
            mongo.find(Query.query(identity), currentType, current)
                    .forEach(now -> states.put(now.id(), now.state()));
            return states;
        }
        Query changes = Query.query(identity).addCriteria(recordedBy(asOf)).with(Sort.by(idField, SEQUENCE));
        // In sequence order per object, so each object's last change recorded by then is the one kept.
        mongo.find(changes, historyType, history).forEach(change -> states.put(change.objectId(), change.state()));
        return states;
    }
}
