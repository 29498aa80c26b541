package dev.urakata.query.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link StoredEvents} read from the event store the way {@link AuditChainVerifier} reads it: a stream of tracked
 * messages, whose stored form {@link AuditChainHasher} takes without re-serializing anything, in either mode.
 */
@Component
class EventStoreStoredEvents implements StoredEvents {

    /**
     * How long to wait for a next event before concluding that the store has no more: every event an export asks
     * for was committed before the trail recorded it, so waiting only ever happens past the last one.
     */
    private static final int WAIT_MILLIS = 2000;

    private final EventStore eventStore;
    private final AuditChainHasher hasher;

    EventStoreStoredEvents(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.hasher = new AuditChainHasher(eventSerializer);
    }

    @Override
    public Reading from(long position) {
        BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(tokenBefore(position));
        return new Reading() {
            @Override
            public Stored next() {
                try {
                    if (!stream.hasNextAvailable(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                        return null;
                    }
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    return new Stored(event.trackingToken().position().orElseThrow(), event.getIdentifier(),
                            hasher.storedPayload(event), hasher.storedMetaData(event));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while reading the event store", e);
                }
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }

    /**
     * A token that opens the stream at {@code position}: the kind the store uses (the JDBC engine's gap-aware one,
     * Axon Server's global sequence), standing just before it. An empty store, or a kind not known here, opens at
     * the start; the caller skips what lies before the position.
     */
    private TrackingToken tokenBefore(long position) {
        if (position <= 0) {
            return null;
        }
        TrackingToken tail = eventStore.createTailToken();
        if (tail instanceof GapAwareTrackingToken) {
            return GapAwareTrackingToken.newInstance(position - 1, Set.of());
        }
        if (tail instanceof GlobalSequenceTrackingToken) {
            return new GlobalSequenceTrackingToken(position - 1);
        }
        return null;
    }
}
