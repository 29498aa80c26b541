package dev.urakata.config.processing;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import dev.urakata.config.storage.DecoratingMongoDatabaseFactory;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Spring's MongoDB database factory, giving the writes a projection makes while a streaming processor hands it an
 * event the write concern {@code j: false}: acknowledged once applied, without waiting for the journal.
 *
 * <p>Why that loses nothing: the processor writes its token at the end of the batch, and the store makes writes
 * durable in the order they were made (MongoDB's journal is sequential; the embedded server commits its whole store,
 * see {@code DurableH2Backend}), so a token is never durable without the writes made before it. A crash before it
 * replays the batch, which idempotent projections absorb. Before this, each of a batch's writes waited for its own
 * commit to disk, and projections fell minutes behind under load. (The token write itself is unjournaled too, see
 * {@link UnjournaledTokens}.)
 *
 * <p>Only writes made on behalf of a tracked event are deferred: a command a policy sends from its handler runs in a
 * unit of work of its own, whose writes (a unique-key claim, say) are journaled before it returns, as everywhere
 * else; so are the token, saga and dead-letter stores, which do not use this factory, and deadline handlers.
 */
final class BatchJournaledWrites extends DecoratingMongoDatabaseFactory {

    static final WriteConcern DEFERRED = WriteConcern.ACKNOWLEDGED.withJournal(false);

    BatchJournaledWrites(MongoDatabaseFactory delegate) {
        super(delegate);
    }

    /** Whether the current thread is handling a tracked event in a processor's (or a rebuild's) unit of work. */
    static boolean handlingTrackedEvent() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getMessage() instanceof TrackedEventMessage<?>;
    }

    @Override
    protected MongoDatabase decorate(MongoDatabase database, boolean isDefault) {
        return handlingTrackedEvent() ? database.withWriteConcern(DEFERRED) : database;
    }

    @Override
    protected MongoDatabaseFactory decorating(MongoDatabaseFactory other) {
        return new BatchJournaledWrites(other);
    }
}
