package dev.urakata.query.readmodel;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether a read model holds a document, asked by {@code _id} through a find.
 *
 * <p>Why not {@code MongoTemplate.exists}: it counts ({@code countDocuments}, an aggregation of {@code $match} and
 * {@code $group}), and the embedded MongoDB-wire server runs an aggregation's {@code $match} over every document of
 * the collection, index or not. A find by {@code _id} is answered from the {@code _id} index. The general ledger asked
 * {@code exists} once per event over all its journal lines, and fell nearly 10,000 events behind a holiday peak
 * (bench, 2026-12-07).
 */
public final class DocumentIds {

    private DocumentIds() {
    }

    /** Whether {@code collection} holds a document with this {@code _id}. */
    public static boolean exists(MongoOperations mongo, String collection, Object id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include("_id");
        return mongo.findOne(byId, Document.class, collection) != null;
    }
}
