package dev.urakata.config.processing;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only what a projection writes for a tracked event waits for the token write's journal; a command sent from its
 * handler, and everything outside a processor, is journaled as before.
 */
class BatchJournaledWritesTest {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabaseFactory factory;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        factory = new BatchJournaledWrites(new SimpleMongoClientDatabaseFactory(client, "urakata"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void writesForATrackedEventAreUnjournaledAndACommandsWritesInsideItAreJournaled() {
        AtomicReference<WriteConcern> forEvent = new AtomicReference<>();
        AtomicReference<WriteConcern> forCommand = new AtomicReference<>();
        AtomicReference<WriteConcern> afterCommand = new AtomicReference<>();
        GenericTrackedEventMessage<String> event = new GenericTrackedEventMessage<>(
                new GlobalSequenceTrackingToken(7), GenericEventMessage.asEventMessage("hired"));

        DefaultUnitOfWork.startAndGet(event).execute(() -> {
            forEvent.set(factory.getMongoDatabase().getWriteConcern());
            DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("claim an employee number"))
                    .execute(() -> forCommand.set(factory.getMongoDatabase().getWriteConcern()));
            afterCommand.set(factory.getMongoDatabase().getWriteConcern());
        });

        assertThat(forEvent.get()).isEqualTo(BatchJournaledWrites.DEFERRED);
        assertThat(forEvent.get().getJournal()).isFalse();
        assertThat(forCommand.get()).isNotEqualTo(BatchJournaledWrites.DEFERRED);
        assertThat(afterCommand.get()).isEqualTo(BatchJournaledWrites.DEFERRED);
        assertThat(factory.getMongoDatabase().getWriteConcern()).isNotEqualTo(BatchJournaledWrites.DEFERRED);
    }

    @Test
    void aDeadlineOrAnUntrackedEventIsJournaled() {
        AtomicReference<WriteConcern> concern = new AtomicReference<>();
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("published, not tracked"))
                .execute(() -> concern.set(factory.getMongoDatabase().getWriteConcern()));
        assertThat(concern.get()).isNotEqualTo(BatchJournaledWrites.DEFERRED);
    }
}
