package dev.urakata.query.operations;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The event stream of a rebuild, read ahead on a thread of its own: that thread reads the store and deserializes each
 * event (payload and metadata, including the decryption of personal data) while the rebuild thread applies the events
 * before it, so the two halves of the work run on two cores instead of one after the other. Until 2026-12-07 the
 * rebuild thread did both; reading and deserializing were about two fifths of its time in the audit trail's rebuild.
 *
 * <p>Events come out in the order of the store, at most {@value #AHEAD} read ahead. An event that fails to deserialize
 * is handed on as it is: the rebuild thread deserializes it again and fails at that event, as it did without the
 * read-ahead. A failure to read the store itself is thrown to the rebuild thread where it asks for the next event.
 */
final class ReadAheadEventStream implements BlockingStream<TrackedEventMessage<?>> {

    static final int AHEAD = 1000;
    private static final long POLL_MILLIS = 200;

    /** What the reading thread met instead of an event. */
    private record Failure(Throwable cause) {
    }

    private final BlockingStream<TrackedEventMessage<?>> source;
    private final BlockingQueue<Object> ahead = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    /** Taken from the queue in one go (one wake-up of the reading thread for many events), not yet handed out. */
    private final ArrayDeque<Object> taken = new ArrayDeque<>();
    private volatile boolean closed;
    /** The event taken and not yet handed out. */
    private TrackedEventMessage<?> next;

    ReadAheadEventStream(BlockingStream<TrackedEventMessage<?>> source, String threadName) {
        this.source = source;
        this.reader = new Thread(this::readAhead, threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (!closed) {
                if (!source.hasNextAvailable((int) POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                TrackedEventMessage<?> event = source.nextAvailable();
                deserialize(event);
                hand(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            try {
                hand(new Failure(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Deserializes what the projections will ask for; a failure is left for the rebuild thread to meet again. */
    private static void deserialize(TrackedEventMessage<?> event) {
        try {
            event.getPayload();
            event.getMetaData();
            // Parsed from its stored text on first use; the rebuild thread's copy of the message (with a replay
            // token) asks for it, and parsing it there took a tenth of that thread.
            event.getTimestamp();
        } catch (RuntimeException e) {
            // Not cached by the message: the rebuild thread gets the same exception, reported against this event.
        }
    }

    /** Waits for room ahead, giving up when the stream is closed. */
    private void hand(Object item) throws InterruptedException {
        while (!closed && !ahead.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            // the rebuild thread is busy; wait on
        }
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        if (next == null) {
            ahead.drainTo(taken, AHEAD);
            next = event(taken.poll());
        }
        return Optional.ofNullable(next);
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        if (next == null && taken.isEmpty() && ahead.drainTo(taken, AHEAD) == 0) {
            Object first = ahead.poll(timeout, unit);
            if (first != null) {
                taken.add(first);
            }
        }
        if (next == null) {
            next = event(taken.poll());
        }
        return next != null;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable((int) POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (!reader.isAlive() && ahead.isEmpty()) {
                throw new IllegalStateException("The events of the store are no longer read");
            }
        }
        TrackedEventMessage<?> event = next;
        next = null;
        return event;
    }

    private static TrackedEventMessage<?> event(Object item) {
        if (item instanceof Failure failure) {
            throw new IllegalStateException("Reading the events of the store failed: " + failure.cause().getMessage(),
                    failure.cause());
        }
        return (TrackedEventMessage<?>) item;
    }

    /**
     * Stops the reading thread, then closes the store's stream. The thread is not interrupted: an interrupt in the
     * middle of a file read closes H2's file channel under every other reader.
     */
    @Override
    public void close() {
        closed = true;
        ahead.clear();
        taken.clear();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }
}
