package dev.urakata.query.operations;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Updates;
import dev.urakata.config.storage.ScratchCollections;
import dev.urakata.query.readmodel.ReadModelRoutes;
import dev.urakata.shared.operations.RebuildStatus;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One blue-green rebuild of a processor, on its own thread (see {@link BlueGreenRebuilds} for the whole): builds the
 * new version from the first event in the store, catches up with the head, then pauses the live processor, applies
 * the last events, switches the routes and moves the processor's tokens. Its progress and heartbeat go to its lease
 * document ({@link RebuildLeases}); losing the lease to another run cancels it.
 */
final class RebuildRun implements Runnable {

    /**
     * What every run uses, from the application.
     *
     * @param listeners    looked up once per run: asking the bean factory for every event took a twelfth of the
     *                     rebuilding thread
     * @param shuttingDown whether the application is stopping (runs then end, their new version dropped)
     */
    record Context(EventProcessingConfiguration processing, Configuration axon, MongoClient client,
                   MongoConverter converter, ReadModelRoutes routes, RebuildLeases leases,
                   ObjectProvider<ScratchCollections> scratch, List<ShadowBuildListener> listeners,
                   ShadowProjections.Dependencies dependencies, ScheduledExecutorService janitor,
                   Duration retiredGrace, Clock clock, BooleanSupplier shuttingDown) {
    }

    private static final Logger log = LoggerFactory.getLogger(RebuildRun.class);
    private static final Duration STALLED_AFTER = Duration.ofMinutes(1);
    // Each report commits the embedded store, pages the new version changed included: not more often than this.
    private static final Duration REPORT_EVERY = Duration.ofMillis(500);

    private final Context context;
    private final String name;
    private final String runId;
    private final String suffix;
    private final StreamingEventProcessor processor;
    private final List<Class<?>> types;
    private final EventStore store;
    private final String abandonedSuffix;
    private volatile boolean cancelled;
    private TrackingToken resetAt;
    private volatile TrackingToken lastToken;
    private volatile Long head;
    private volatile long applied;
    private boolean finished;
    private volatile boolean switched;
    private Instant switchedAt;
    private Map<String, String> collections = Map.of();
    private String warning;

    RebuildRun(Context context, String name, String runId, String suffix, StreamingEventProcessor processor,
               List<Class<?>> types, EventStore store, String abandonedSuffix) {
        this.context = context;
        this.abandonedSuffix = abandonedSuffix;
        this.name = name;
        this.runId = runId;
        this.suffix = suffix;
        this.processor = processor;
        this.types = types;
        this.store = store;
    }

    @Override
    public void run() {
        ScheduledFuture<?> reporter = null;
        try {
            // Progress and heartbeat are written on a timer, so that a slow event (or a paused listener) neither
            // floods the lease document nor lets the run look abandoned.
            long started = System.nanoTime();
            reporter = context.janitor().scheduleWithFixedDelay(this::reportProgress, REPORT_EVERY.toMillis(),
                    REPORT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            dropSuffixed(abandonedSuffix);
            dropRetired(context, name);
            // The new version need not be durable write by write (see ScratchCollections) until it is switched to.
            context.scratch().ifAvailable(collections -> collections.add(suffix));
            ShadowProjections shadow = ShadowProjections.create(types, context.client(),
                    context.routes().database().getName(), suffix, context.converter(), context.dependencies(),
                    context.axon().parameterResolverFactory(), context.axon()::handlerDefinition,
                    context.processing().interceptorsFor(name));
            shadow.reset();
            log.info("Blue-green rebuild of {}: new version {} set up in {} ms", name, suffix,
                    (System.nanoTime() - started) / 1_000_000);
            // Events up to here are a replay for the new version, as they would be after a reset.
            resetAt = store.createHeadToken();
            try (BlockingStream<TrackedEventMessage<?>> stream = new ReadAheadEventStream(store.openStream(null),
                    "blue-green-read-ahead-" + name)) {
                catchUp(stream, shadow);
                // Again for what arrived meanwhile, so that the pause of the live processor stays short.
                catchUp(stream, shadow);
                switchOver(stream, shadow);
            }
            finish(RebuildStatus.State.DONE, warning);
        } catch (Throwable e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (switched) {
                // The new version is live and complete; what failed came after the switch.
                log.warn("Blue-green rebuild of {} switched, then: {}", name, reason, e);
                finish(RebuildStatus.State.DONE, "Switched, then: " + reason);
            } else {
                log.error("Blue-green rebuild of {} failed; the live version is unchanged", name, e);
                finish(RebuildStatus.State.FAILED, reason);
                try {
                    dropSuffixed(suffix);
                } catch (RuntimeException dropFailure) {
                    log.warn("Could not drop the new version of {} ({}*)", name, suffix, dropFailure);
                }
            }
        } finally {
            context.scratch().ifAvailable(collections -> collections.remove(suffix));
            if (reporter != null) {
                reporter.cancel(false);
            }
            if (switched && !context.shuttingDown().getAsBoolean()) {
                context.janitor().schedule(() -> dropRetired(context, name),
                        context.retiredGrace().toMillis() + 1000, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void finish(RebuildStatus.State state, String failure) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("position", position(lastToken)),
                Updates.set("headPosition", head),
                Updates.set("appliedEvents", applied),
                Updates.set("finishedAt", Date.from(context.clock().instant())),
                Updates.set("switchedAt", switchedAt == null ? null : Date.from(switchedAt)),
                Updates.set("failure", failure)));
        if (state == RebuildStatus.State.DONE) {
            updates.add(Updates.set("progress", 100));
            updates.add(Updates.set("collections", List.copyOf(collections.keySet())));
        }
        synchronized (this) {
            finished = true;
            try {
                report(state, Updates.combine(updates));
            } catch (RuntimeException e) {
                log.warn("Could not record the end of the blue-green rebuild of {}", name, e);
            }
        }
    }

    /** Applies events to the new version until it has reached the head of the store as it is now. */
    private void catchUp(BlockingStream<TrackedEventMessage<?>> stream, ShadowProjections shadow)
            throws Exception {
        long started = System.nanoTime();
        long appliedBefore = applied;
        Long target = headPosition();
        head = target;
        long idleSince = System.nanoTime();
        while (target != null && (position(lastToken) == null || position(lastToken) < target)) {
            if (cancelled || context.shuttingDown().getAsBoolean()) {
                throw new IllegalStateException(context.shuttingDown().getAsBoolean()
                        ? "Cancelled: the application is shutting down" : "Cancelled: another rebuild took over");
            }
            if (!stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() - idleSince > STALLED_AFTER.toNanos()) {
                    throw new IllegalStateException("No event arrived for " + STALLED_AFTER.toSeconds()
                            + "s at position " + position(lastToken) + ", below the head " + target);
                }
                continue;
            }
            idleSince = System.nanoTime();
            TrackedEventMessage<?> event = stream.nextAvailable();
            for (ShadowBuildListener listener : context.listeners()) {
                listener.beforeEvent(name, event);
            }
            TrackingToken token = event.trackingToken();
            TrackingToken marked = ReplayToken.createReplayToken(resetAt, token);
            try {
                shadow.apply(marked instanceof ReplayToken ? event.withTrackingToken(marked) : event);
            } catch (Exception e) {
                throw new IllegalStateException("The event " + event.getPayloadType().getSimpleName() + " "
                        + event.getIdentifier() + " at position " + position(token) + " could not be applied: "
                        + e.getMessage(), e);
            }
            lastToken = token;
            applied++;
        }
        shadow.flush();
        reportProgress();
        log.info("Blue-green rebuild of {}: {} events applied up to position {} in {} ms", name,
                applied - appliedBefore, position(lastToken), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Pauses the live processor, lets the new version apply the last events, switches the routes and moves the
     * processor's tokens to where the new version stopped. Before the switch, any failure leaves the live version
     * as it was; after it, the new version is the live one whatever happens.
     */
    private void switchOver(BlockingStream<TrackedEventMessage<?>> stream, ShadowProjections shadow)
            throws Exception {
        report(RebuildStatus.State.SWITCHING, Updates.set("heartbeat", Date.from(context.clock().instant())));
        boolean wasRunning = processor.isRunning();
        TokenStore tokens = context.processing().tokenStore(name);
        TransactionManager transactions = context.processing().transactionManager(name);
        List<Integer> claimed = new ArrayList<>();
        long pausedAt = System.nanoTime();
        processor.shutDown();
        try {
            int[] segments = transactions.fetchInTransaction(() -> tokens.fetchSegments(name));
            if (segments.length == 0) {
                throw new IllegalStateException("The processor " + name + " has no token segments yet");
            }
            for (int segment : segments) {
                try {
                    transactions.executeInTransaction(() -> tokens.fetchToken(name, segment));
                } catch (UnableToClaimTokenException e) {
                    throw new IllegalStateException("Another instance holds segment " + segment + " of " + name
                            + "; pause the processor there and rebuild again", e);
                }
                claimed.add(segment);
            }
            catchUp(stream, shadow);
            collections = shadow.collections();
            // Live from the switch on: every write committed before it is acknowledged. The switch's own write
            // commits all the new version's writes before it.
            context.scratch().ifAvailable(live -> live.remove(suffix));
            switchedAt = context.clock().instant();
            context.routes().switchTo(name, collections, runId, switchedAt);
            switched = true;
            log.warn("Blue-green rebuild of {}: queries now read the new version {} ({} ms after the live "
                    + "processor was paused)", name, collections.values(), (System.nanoTime() - pausedAt) / 1_000_000);
            try {
                for (int segment : claimed) {
                    transactions.executeInTransaction(() -> tokens.storeToken(lastToken, name, segment));
                }
                // Every parked event was applied to the new version; the letters describe the old one.
                context.processing().deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
            } catch (RuntimeException e) {
                // From its older tokens the processor applies some events again, which the idempotent
                // projections absorb.
                warning = "Switched, but the processor's position could not be moved: " + e.getMessage();
                log.warn("Blue-green rebuild of {}: {}", name, warning, e);
            }
            holdUntilEveryInstanceRoutesAnew(tokens, transactions, claimed);
        } finally {
            for (int segment : claimed) {
                try {
                    transactions.executeInTransaction(() -> tokens.releaseClaim(name, segment));
                } catch (RuntimeException e) {
                    log.warn("Could not release segment {} of {}", segment, name, e);
                }
            }
            if (wasRunning && !context.shuttingDown().getAsBoolean()) {
                processor.start();
            }
        }
    }

    /**
     * Keeps the segments claimed until every instance has read the new routes, so that none resumes the processor
     * while still writing to the old version.
     */
    private void holdUntilEveryInstanceRoutesAnew(TokenStore tokens, TransactionManager transactions,
                                                  List<Integer> claimed) throws InterruptedException {
        long until = System.nanoTime() + context.routes().refreshInterval().multipliedBy(2).toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(Math.max(1, Math.min(1000, (until - System.nanoTime()) / 1_000_000)));
            for (int segment : claimed) {
                transactions.executeInTransaction(() -> tokens.extendClaim(name, segment));
            }
        }
    }

    /** Writes how far the new version has come, and the heartbeat that shows the run is alive. */
    private synchronized void reportProgress() {
        if (finished) {
            return;
        }
        try {
            Long position = position(lastToken);
            Long target = head;
            int progress = target == null || target <= 0 ? 99
                    : (int) Math.min(99, Math.max(0, (position == null ? 0 : position) * 100 / target));
            report(null, Updates.combine(
                    Updates.set("heartbeat", Date.from(context.clock().instant())),
                    Updates.set("position", position),
                    Updates.set("headPosition", target),
                    Updates.set("progress", progress),
                    Updates.set("appliedEvents", applied)));
        } catch (RuntimeException e) {
            log.warn("Could not record the progress of the blue-green rebuild of {}", name, e);
        }
    }

    /** Writes to this run's lease document; stops the run if another run took the lease over. */
    private void report(RebuildStatus.State state, Bson update) {
        if (!context.leases().report(name, runId, state, update) && state != RebuildStatus.State.FAILED) {
            cancelled = true;
            throw new IllegalStateException("Another rebuild of " + name + " took over");
        }
    }

    /** Drops what an abandoned run built, unless it got as far as switching to it. */
    private void dropSuffixed(String abandoned) {
        if (abandoned == null) {
            return;
        }
        Set<String> live = context.routes().targets();
        for (String physical : context.routes().database().listCollectionNames()) {
            if (physical.endsWith(abandoned) && !live.contains(physical)) {
                context.routes().database().getCollection(physical).drop();
            }
        }
    }

    /** Drops the collections an earlier rebuild of {@code name} replaced, once their grace time is over. */
    static void dropRetired(Context context, String name) {
        try {
            List<String> dropped = context.routes().dropRetired(name, context.retiredGrace(),
                    context.clock().instant());
            if (!dropped.isEmpty()) {
                log.info("Dropped the collections {} that a rebuild of {} replaced", dropped, name);
            }
        } catch (RuntimeException e) {
            log.warn("Could not drop the collections that a rebuild of {} replaced", name, e);
        }
    }

    private Long headPosition() {
        TrackingToken head = store.createHeadToken();
        return head == null ? null : position(head);
    }

    private static Long position(TrackingToken token) {
        if (token == null) {
            return null;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
