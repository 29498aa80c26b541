package dev.urakata.command.uniqueness;

import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The command side's own record of values that must be unique across aggregates (employee numbers, SKUs,
 * warehouse codes), so that uniqueness is decided without asking the query side, which lags and may be
 * rebuilding.
 *
 * <p>Each claimed value is a document keyed by scope and value; MongoDB's unique {@code _id} makes a claim atomic
 * across any number of command-side instances. Aggregates release a claim when the unit of work that made it
 * rolls back (see {@link #claimFor}).
 */
@Component
public class UniqueKeys {

    static final String COLLECTION = "command_unique_keys";

    private final MongoTemplate mongo;

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
        } catch (DuplicateKeyException e) {
            Document holder = mongo.findById(id(scope, value), Document.class, COLLECTION);
            if (holder == null || !owner.equals(holder.getString("owner"))) {
                throw new DomainException(conflict, scope.replace('-', ' ') + " '" + value + "' is already taken");
            }
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
        return mongo.exists(Query.query(Criteria.where("scope").is(scope).and("owner").is(owner)), COLLECTION);
    }

    /** Releases a claim, but only if {@code owner} holds it. */
    public void release(String scope, String value, String owner) {
        mongo.remove(Query.query(Criteria.where("_id").is(id(scope, value)).and("owner").is(owner)), COLLECTION);
    }

    private static String id(String scope, String value) {
        return scope + ":" + value;
    }
}
