package dev.urakata.command.uniqueness;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The command side's own record of values that must be unique across aggregates (employee numbers, SKUs,
 * warehouse codes), so that uniqueness is decided without asking the query side, which lags and may be
 * rebuilding.
 *
 * <p>Each claimed value is a document keyed by scope and value; MongoDB's unique {@code _id} makes a claim atomic
 * across any number of command-side instances. Aggregates release a claim when the unit of work that made it
 * rolls back (see {@link #claimFor}).
 *
 * <p>Whether an owner holds a value in a scope (does this warehouse exist?) is answered from a second collection keyed
 * by scope and owner, so that a stock movement looks up one {@code _id} instead of scanning every claim (the embedded
 * server has no secondary indexes, and the claims include every employee number and SKU). It is filled from the
 * claims once, when it is first needed, and kept beside them from then on.
 */
@Component
public class UniqueKeys {

    static final String COLLECTION = "command_unique_keys";
    static final String OWNERS = "command_unique_key_owners";
    /** Marks the owners collection as filled from the claims made before it existed. */
    private static final String FILLED = "filled-from-claims";

    private final MongoTemplate mongo;
    private volatile boolean ownersFilled;

    public UniqueKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Claims {@code value} in {@code scope} for {@code owner}; claiming it again for the same owner is a no-op.
     *
     * @param conflict the error code to refuse with when another owner holds the value
     * @throws DomainException with {@code conflict} when another owner holds it
     */
    public void claim(String scope, String value, String owner, ErrorCode conflict) {
        try {
            mongo.insert(new Document("_id", id(scope, value)).append("scope", scope).append("owner", owner),
                    COLLECTION);
            recordOwner(scope, value, owner);
        } catch (DuplicateKeyException e) {
            Document holder = mongo.findById(id(scope, value), Document.class, COLLECTION);
            if (holder == null || !owner.equals(holder.getString("owner"))) {
                throw new DomainException(conflict, scope.replace('-', ' ') + " '" + value + "' is already taken");
            }
            recordOwner(scope, value, owner); // a retry completes what a crash may have interrupted
        }
    }

    /**
     * Claims as {@link #claim} and, if the current unit of work rolls back, releases the claim again.
     */
    public void claimFor(String scope, String value, String owner, ErrorCode conflict) {
        claim(scope, value, owner, conflict);
        org.axonframework.messaging.unitofwork.CurrentUnitOfWork.ifStarted(unitOfWork ->
                unitOfWork.onRollback(u -> release(scope, value, owner)));
    }

    /** Whether {@code owner} holds some value in {@code scope}, for example whether a warehouse exists. */
    public boolean hasOwner(String scope, String owner) {
        fillOwnersOnce();
        Document held = mongo.findById(id(scope, owner), Document.class, OWNERS);
        return held != null && !held.getList("values", String.class, List.of()).isEmpty();
    }

    /** Releases a claim, but only if {@code owner} holds it. */
    public void release(String scope, String value, String owner) {
        if (mongo.remove(Query.query(Criteria.where("_id").is(id(scope, value)).and("owner").is(owner)), COLLECTION)
                .getDeletedCount() > 0) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id(scope, owner))),
                    new Update().pull("values", value), OWNERS);
        }
    }

    private void recordOwner(String scope, String value, String owner) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id(scope, owner))), new Update().addToSet("values", value),
                OWNERS);
    }

    /**
     * Fills the owners from the claims made before the owners collection existed, once (repeating it is harmless, so
     * a start interrupted half-way simply fills again); only then does the collection answer alone.
     */
    private void fillOwnersOnce() {
        if (ownersFilled) {
            return;
        }
        synchronized (this) {
            if (!ownersFilled) {
                if (mongo.findById(FILLED, Document.class, OWNERS) == null) {
                    for (Document claim : mongo.findAll(Document.class, COLLECTION)) {
                        String scope = claim.getString("scope");
                        recordOwner(scope, claim.getString("_id").substring(scope.length() + 1),
                                claim.getString("owner"));
                    }
                    mongo.save(new Document("_id", FILLED), OWNERS);
                }
                ownersFilled = true;
            }
        }
    }

    private static String id(String scope, String value) {
        return scope + ":" + value;
    }
}
