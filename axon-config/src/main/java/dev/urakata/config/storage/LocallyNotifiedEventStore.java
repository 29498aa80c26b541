package dev.urakata.config.storage;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The embedded default's event store, whose streams wake their readers when events arrive instead of being polled.
 *
 * <p>Axon's pooled streaming processors ask a stream to call them back when events become available; the streams of
 * Axon's {@link EmbeddedEventStore} cannot, so every processor looked for new events every 500 ms, and a change took
 * half a second on average to reach a read model (and some fifty processors woke a hundred times a second while
 * idle). Here one thread tails the store (it is woken by the store itself right after a local commit, and looks for
 * events from elsewhere once a second) and calls back every stream that asked, so a processor starts on an event as
 * soon as it is committed and sleeps while nothing happens.
 */
public class LocallyNotifiedEventStore extends EmbeddedEventStore {

    private static final Logger log = LoggerFactory.getLogger(LocallyNotifiedEventStore.class);

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private volatile Thread notifier;
    private volatile boolean stopped;

    /** The store as Axon's {@link EmbeddedEventStore.Builder} describes it. */
    public LocallyNotifiedEventStore(Builder builder) {
        super(builder);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new NotifyingStream(super.openStream(trackingToken));
    }

    /** Stops the notifier with the store (Axon calls this once the processors have stopped). */
    @Override
    public void shutDown() {
        stopped = true;
        Thread thread = notifier;
        if (thread != null) {
            thread.interrupt();
        }
        super.shutDown();
    }

    private void startNotifierOnce() {
        if (notifier != null || stopped) {
            return;
        }
        synchronized (this) {
            if (notifier == null && !stopped) {
                Thread thread = new Thread(this::tail, "event-store-notifier");
                thread.setDaemon(true);
                notifier = thread;
                thread.start();
            }
        }
    }

    /** Reads the head of the store as events arrive and calls back every stream that waits for them. */
    private void tail() {
        BlockingStream<TrackedEventMessage<?>> head = null;
        while (!stopped) {
            try {
                if (head == null) {
                    head = super.openStream(createHeadToken());
                }
                if (head.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    while (head.hasNextAvailable()) {
                        head.nextAvailable();
                    }
                    callbacks.forEach(Runnable::run);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (!stopped) {
                    log.warn("The event store's notifier failed and starts again: {}", e.toString());
                }
                if (head != null) {
                    head.close();
                    head = null;
                }
            }
        }
        if (head != null) {
            head.close();
        }
    }

    /** A stream of the store that can call its reader back when events arrive. */
    private final class NotifyingStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private volatile Runnable callback;

        private NotifyingStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            startNotifierOnce();
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        /**
         * Asks twice when the answer is no: a stream that has just read the last stored event switches to the store's
         * shared cache and answers "nothing" on that call even when the cache holds newer events, and no callback
         * would come for those (they arrived before it switched).
         */
        @Override
        public boolean hasNextAvailable() {
            return delegate.hasNextAvailable() || delegate.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return delegate.asStream();
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            delegate.close();
        }
    }
}
