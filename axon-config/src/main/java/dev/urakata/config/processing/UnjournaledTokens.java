package dev.urakata.config.processing;

import com.mongodb.client.MongoCollection;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;

/**
 * Axon's view of the database, with token writes acknowledged before the journal has them ({@code j: false}).
 *
 * <p>A token only says how far a processor has come; losing the last moments of it to a crash means that some events
 * are handed to the (idempotent) projections again, never that one is skipped: a projection's writes for a batch are
 * made before the batch's token write, and the store makes them durable in the order they were made (MongoDB's
 * journal is sequential; the embedded server commits its whole store, at the latest a moment later, see
 * {@code DurableH2Backend}). Journaling every token write made each processor batch wait for a commit, and with dozens
 * of processors that was most of what the embedded server did under load, and most of what its file grew by.
 * Sagas and dead letters keep their journaled writes.
 */
final class UnjournaledTokens implements MongoTemplate {

    private final MongoTemplate delegate;

    UnjournaledTokens(MongoTemplate delegate) {
        this.delegate = delegate;
    }

    @Override
    public MongoCollection<Document> trackingTokensCollection() {
        return delegate.trackingTokensCollection().withWriteConcern(BatchJournaledWrites.DEFERRED);
    }

    @Override
    public MongoCollection<Document> eventCollection() {
        return delegate.eventCollection();
    }

    @Override
    public MongoCollection<Document> snapshotCollection() {
        return delegate.snapshotCollection();
    }

    @Override
    public MongoCollection<Document> sagaCollection() {
        return delegate.sagaCollection();
    }

    @Override
    public MongoCollection<Document> deadLetterCollection() {
        return delegate.deadLetterCollection();
    }
}
