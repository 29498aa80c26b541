package dev.urakata.query.operations;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rebuild's event stream read ahead on a second thread: the rebuild must see exactly the store's events in the
 * store's order, and meet every failure at the event where it happened.
 */
class ReadAheadEventStreamTest {

    @Test
    void handsOnEveryEventInTheStoresOrderWhenTheRebuildIsSlowerThanTheReading() throws Exception {
        int count = ReadAheadEventStream.AHEAD * 3 + 7;
        Source source = new Source(count, -1);
        List<Long> seen = new ArrayList<>();
        try (ReadAheadEventStream stream = new ReadAheadEventStream(source, "read-ahead-test")) {
            while (seen.size() < count) {
                assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
                assertThat(stream.peek()).isPresent();
                TrackedEventMessage<?> event = stream.nextAvailable();
                seen.add(event.trackingToken().position().orElseThrow());
                if (seen.size() % 500 == 0) {
                    Thread.sleep(20); // the queue ahead fills up meanwhile
                }
            }
            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).isFalse();
        }
        assertThat(seen).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1L);
        }
        assertThat(source.closed).isTrue();
    }

    @Test
    void aFailureToReadTheStoreReachesTheRebuildAfterTheEventsBeforeIt() throws Exception {
        Source source = new Source(100, 40);
        try (ReadAheadEventStream stream = new ReadAheadEventStream(source, "read-ahead-test")) {
            for (long position = 1; position < 40; position++) {
                assertThat(stream.nextAvailable().trackingToken().position()).hasValue(position);
            }
            assertThatThrownBy(() -> stream.hasNextAvailable(5, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the disk went away")
                    .hasRootCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anEventThatDoesNotDeserializeIsHandedOnToFailWhereTheRebuildAppliesIt() throws Exception {
        TrackedEventMessage<?> broken = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(1),
                GenericEventMessage.asEventMessage("unreadable")) {
            @Override
            public String getPayload() {
                throw new SerializationException("unknown event type");
            }
        };
        BlockingStream<TrackedEventMessage<?>> source = new ListStream(List.of(broken, event(2)));
        try (ReadAheadEventStream stream = new ReadAheadEventStream(source, "read-ahead-test")) {
            TrackedEventMessage<?> first = stream.nextAvailable();
            assertThatThrownBy(first::getPayload).isInstanceOf(SerializationException.class);
            assertThat(stream.nextAvailable().trackingToken().position()).hasValue(2L);
        }
    }

    @Test
    void closingStopsTheReadingAndClosesTheStoresStreamWhileTheQueueAheadIsFull() throws Exception {
        Source source = new Source(ReadAheadEventStream.AHEAD * 2, -1);
        ReadAheadEventStream stream = new ReadAheadEventStream(source, "read-ahead-test");
        stream.nextAvailable();
        Thread.sleep(300); // the reading thread fills the queue and waits for room
        stream.close();
        assertThat(source.closed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread ->
                thread.getName().equals("read-ahead-test") && thread.isAlive());
    }

    private static TrackedEventMessage<?> event(long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage("event " + position));
    }

    /** The store's stream: {@code count} events, failing instead of giving event {@code failAt} (when positive). */
    private static final class Source implements BlockingStream<TrackedEventMessage<?>> {
        private final int count;
        private final long failAt;
        private long position;
        volatile boolean closed;

        Source(int count, long failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return position < count ? Optional.of(event(position + 1)) : Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (position + 1 == failAt) {
                throw new IllegalStateException("the disk went away");
            }
            if (position < count) {
                return true;
            }
            unit.sleep(timeout);
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return event(++position);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A fixed list of events, then nothing. */
    private static final class ListStream implements BlockingStream<TrackedEventMessage<?>> {
        private final List<TrackedEventMessage<?>> events;
        private int next;

        ListStream(List<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return next < events.size() ? Optional.of(events.get(next)) : Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (next < events.size()) {
                return true;
            }
            unit.sleep(timeout);
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return events.get(next++);
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
