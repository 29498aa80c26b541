package dev.urakata.query.operations;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import dev.urakata.config.storage.ScratchCollections;
import dev.urakata.query.readmodel.ReadModelProperties;
import dev.urakata.query.readmodel.ReadModelRoutes;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import dev.urakata.shared.operations.RebuildStatus;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Blue-green rebuilds of a processor's projections: a second version of every projection class of the processor is
 * built beside the live one, from the first event in the store, while queries keep reading the complete live
 * version and the live processor keeps it up to date. Once the new version has caught up with the store, the live
 * processor pauses, the new version applies the last events, the read-model routes switch every collection of the
 * processor to the new version in one step, the processor's tokens move to the position the new version reached, and
 * the processor resumes from there. A reader sees the old version or the new one, never a half-built one.
 *
 * <p>Why not Axon's own reset: a reset empties the live collections and replays into them, so queries answer from a
 * half-built view until the replay ends. Why not a second Axon processor: its handlers would be the live beans, which
 * write to the live collections; here the second version is a second instance of each projection class whose
 * {@code MongoTemplate} names its collections with a suffix (see {@link ShadowProjections}), so projection code stays
 * unchanged.
 *
 * <p>A failure before the switch drops the new version and leaves the live one exactly as it was. One rebuild per
 * processor at a time across all instances: the rebuild's state is a lease document in {@value #COLLECTION}, taken
 * atomically, kept alive by a heartbeat and taken over only once that heartbeat has stopped for
 * {@code urakata.read-models.rebuild-stale-after}. The same document is what the status endpoint shows, on any instance.
 */
@Service
public class BlueGreenRebuilds implements DisposableBean {

    static final String COLLECTION = "read_model_rebuilds";
    /** Starts the suffix of a new version's collections. */
    static final String SUFFIX_MARK = "__bg_";
    private static final Logger log = LoggerFactory.getLogger(BlueGreenRebuilds.class);
    private static final Duration STALLED_AFTER = Duration.ofMinutes(1);
    // Each report commits the embedded store, pages the new version changed included: not more often than this.
    private static final Duration REPORT_EVERY = Duration.ofMillis(500);

    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final ObjectProvider<EventStore> eventStore;
    private final AutowireCapableBeanFactory beans;
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final ReadModelRoutes routes;
    private final ReadModelProperties properties;
    private final ObjectProvider<ShadowBuildListener> listeners;
    private final ObjectProvider<ScratchCollections> scratch;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final Map<String, Run> running = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;
    private final ScheduledExecutorService janitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "blue-green-janitor");
        thread.setDaemon(true);
        return thread;
    });

    BlueGreenRebuilds(EventProcessingConfiguration processing, Configuration axon,
                      ObjectProvider<EventStore> eventStore, AutowireCapableBeanFactory beans, MongoClient client,
                      MongoTemplate mongo, ReadModelRoutes routes, ReadModelProperties properties,
                      ObjectProvider<ShadowBuildListener> listeners, ObjectProvider<ScratchCollections> scratch,
                      Optional<Clock> clock) {
        this.scratch = scratch;
        this.processing = processing;
        this.axon = axon;
        this.eventStore = eventStore;
        this.beans = beans;
        this.client = client;
        this.mongo = mongo;
        this.routes = routes;
        this.properties = properties;
        this.listeners = listeners;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Starts a blue-green rebuild of the named processor in the background.
     *
     * @throws DomainException NOT_FOUND for an unknown processor, PROCESSOR_RESET_NOT_SUPPORTED for one whose events
     *                         cannot be replayed (a saga), PROCESSOR_REBUILD_NOT_SUPPORTED for projections that cannot
     *                         be built beside the live ones, PROCESSOR_REBUILD_IN_PROGRESS while one runs
     */
    RebuildStatus start(String name, String user) {
        StreamingEventProcessor processor = rebuildable(name);
        List<Class<?>> types = handlerTypes(name, processor);
        EventStore store = eventStore.getIfAvailable();
        if (store == null) {
            throw new DomainException(ErrorCode.PROCESSOR_REBUILD_NOT_SUPPORTED,
                    "This instance has no event store to rebuild " + name + " from");
        }
        String runId = UUID.randomUUID().toString();
        String suffix = SUFFIX_MARK + HexFormat.of().toHexDigits((int) UUID.randomUUID().getMostSignificantBits());
        Instant now = clock.instant();
        Document previous = acquire(name, runId, suffix, user, now);
        // An abandoned run (its instance stopped mid-way) left its collections behind.
        String abandoned = previous != null && active(previous) ? previous.getString("suffix") : null;
        Run run = new Run(name, runId, suffix, processor, types, store, abandoned);
        running.put(name, run);
        Thread thread = new Thread(run, "blue-green-rebuild-" + name);
        thread.setDaemon(true);
        run.thread = thread;
        thread.start();
        log.warn("Blue-green rebuild of {} started by {}: a new version is built beside the live one ({})", name, user,
                types.stream().map(Class::getSimpleName).toList());
        return status(name).orElseThrow();
    }

    /** The current or latest blue-green rebuild of a processor. */
    Optional<RebuildStatus> status(String name) {
        return Optional.ofNullable(leases().find(Filters.eq("_id", name)).first()).map(this::toStatus);
    }

    /** The current or latest blue-green rebuild of every processor that had one, by processor name. */
    Map<String, RebuildStatus> statuses() {
        Map<String, RebuildStatus> all = new HashMap<>();
        for (Document doc : leases().find()) {
            all.put(doc.getString("_id"), toStatus(doc));
        }
        return all;
    }

    /** Whether a blue-green rebuild of the processor is under way (on any instance). */
    boolean inProgress(String name) {
        return status(name).map(s -> s.state() == RebuildStatus.State.BUILDING
                || s.state() == RebuildStatus.State.SWITCHING).orElse(false);
    }

    @Override
    public void destroy() throws InterruptedException {
        shuttingDown = true;
        janitor.shutdownNow();
        for (Run run : running.values()) {
            if (run.thread != null) {
                run.thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        }
    }

    private StreamingEventProcessor rebuildable(String name) {
        EventProcessor found = processing.eventProcessors().get(name);
        if (found == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No event processor named " + name);
        }
        if (!(found instanceof StreamingEventProcessor processor) || !processor.supportsReset()) {
            throw new DomainException(ErrorCode.PROCESSOR_RESET_NOT_SUPPORTED,
                    "The event processor " + name + " cannot replay its events, so it cannot be rebuilt");
        }
        return processor;
    }

    /** The classes of the processor's event handlers, each checked to be buildable beside the live one. */
    private static List<Class<?>> handlerTypes(String name, StreamingEventProcessor processor) {
        if (!(processor instanceof AbstractEventProcessor withInvoker)) {
            throw notRebuildable(name, "its event handlers cannot be inspected");
        }
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(name, withInvoker.eventHandlerInvoker(), types);
        if (types.isEmpty()) {
            throw notRebuildable(name, "it has no event handlers");
        }
        List<Class<?>> list = List.copyOf(types);
        try {
            ShadowProjections.check(list);
        } catch (ShadowProjections.NotRebuildable e) {
            throw notRebuildable(name, e.getMessage());
        }
        return list;
    }

    private static void collect(String name, EventHandlerInvoker invoker, Set<Class<?>> types) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collect(name, delegate, types));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            for (EventMessageHandler handler : simple.eventHandlers()) {
                if (!(handler instanceof AnnotationEventHandlerAdapter)) {
                    throw notRebuildable(name, "its handler " + handler.getTargetType().getSimpleName()
                            + " is not an annotated event handler");
                }
                types.add(ClassUtils.getUserClass(handler.getTargetType()));
            }
        } else {
            throw notRebuildable(name, "its events are handled by a " + invoker.getClass().getSimpleName());
        }
    }

    private static DomainException notRebuildable(String name, String reason) {
        return new DomainException(ErrorCode.PROCESSOR_REBUILD_NOT_SUPPORTED, "The event processor " + name
                + " cannot be rebuilt beside its live version: " + reason + ". Reset it in place instead.");
    }

    // ---- the lease document: one per processor, holding the state of its current or latest rebuild

    /**
     * Takes the lease for a new run.
     *
     * @return the document of the run it replaces, or {@code null} if there was none
     */
    private Document acquire(String name, String runId, String suffix, String user, Instant now) {
        Document fresh = new Document("_id", name)
                .append("runId", runId)
                .append("suffix", suffix)
                .append("state", RebuildStatus.State.BUILDING.name())
                .append("owner", node)
                .append("heartbeat", Date.from(now))
                .append("startedBy", user)
                .append("startedAt", Date.from(now))
                .append("appliedEvents", 0L)
                .append("progress", 0);
        try {
            leases().insertOne(fresh);
            return null;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = leases().find(Filters.eq("_id", name)).first();
        if (existing != null && active(existing) && !stale(existing, now)) {
            throw inProgress(name, existing);
        }
        Bson sameRun = existing == null ? Filters.eq("_id", name)
                : Filters.and(Filters.eq("_id", name), Filters.eq("runId", existing.getString("runId")));
        if (leases().replaceOne(sameRun, fresh).getModifiedCount() == 0) {
            throw inProgress(name, existing);
        }
        return existing;
    }

    private static DomainException inProgress(String name, Document existing) {
        return new DomainException(ErrorCode.PROCESSOR_REBUILD_IN_PROGRESS, "A rebuild of " + name
                + " is already running" + (existing == null ? "" : " (started by " + existing.getString("startedBy")
                + " at " + existing.getDate("startedAt").toInstant() + ")"));
    }

    private static boolean active(Document doc) {
        String state = doc.getString("state");
        return RebuildStatus.State.BUILDING.name().equals(state) || RebuildStatus.State.SWITCHING.name().equals(state);
    }

    private boolean stale(Document doc, Instant now) {
        return doc.getDate("heartbeat").toInstant().plus(properties.rebuildStaleAfter()).isBefore(now);
    }

    private RebuildStatus toStatus(Document doc) {
        RebuildStatus.State state = RebuildStatus.State.valueOf(doc.getString("state"));
        String failure = doc.getString("failure");
        Date finishedAt = doc.getDate("finishedAt");
        Date switchedAt = doc.getDate("switchedAt");
        if (active(doc) && stale(doc, clock.instant())) {
            String stopped = "The instance running it stopped at " + doc.getDate("heartbeat").toInstant();
            if (doc.getString("runId").equals(routes.lastSwitchedBy(doc.getString("_id")))) {
                // It switched before it stopped: the new version is live; the processor applies the events since
                // its old position again, which the idempotent projections absorb.
                state = RebuildStatus.State.DONE;
                failure = stopped + ", after switching to the new version";
            } else {
                state = RebuildStatus.State.FAILED;
                failure = stopped + " (abandoned); the live version was not switched";
            }
        }
        return new RebuildStatus(state, doc.getString("startedBy"), doc.getDate("startedAt").toInstant(),
                finishedAt == null ? null : finishedAt.toInstant(), switchedAt == null ? null : switchedAt.toInstant(),
                toLong(doc.get("position")), toLong(doc.get("headPosition")), doc.getInteger("progress", 0),
                toLong(doc.get("appliedEvents")) == null ? 0 : toLong(doc.get("appliedEvents")),
                doc.getList("collections", String.class, List.of()), failure);
    }

    private static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private MongoCollection<Document> leases() {
        return routes.database().getCollection(COLLECTION);
    }

    /** Drops what an abandoned run built, unless it got as far as switching to it. */
    private void dropSuffixed(String suffix) {
        if (suffix == null) {
            return;
        }
        Set<String> live = routes.targets();
        for (String physical : routes.database().listCollectionNames()) {
            if (physical.endsWith(suffix) && !live.contains(physical)) {
                routes.database().getCollection(physical).drop();
            }
        }
    }

    private void dropRetired(String name) {
        try {
            List<String> dropped = routes.dropRetired(name, properties.retiredGrace(), clock.instant());
            if (!dropped.isEmpty()) {
                log.info("Dropped the collections {} that a rebuild of {} replaced", dropped, name);
            }
        } catch (RuntimeException e) {
            log.warn("Could not drop the collections that a rebuild of {} replaced", name, e);
        }
    }

    private Object dependency(Constructor<?> constructor, int index) {
        MethodParameter parameter = MethodParameter.forExecutable(constructor, index);
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return beans.resolveDependency(new DependencyDescriptor(parameter, true), null);
    }

    private Long headPosition(EventStore store) {
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

    /** One rebuild, on its own thread. */
    private final class Run implements Runnable {

        private final String name;
        private final String runId;
        private final String suffix;
        private final StreamingEventProcessor processor;
        private final List<Class<?>> types;
        private final EventStore store;
        private final String abandonedSuffix;
        private volatile boolean cancelled;
        private Thread thread;
        private TrackingToken resetAt;
        private volatile TrackingToken lastToken;
        private volatile Long head;
        private volatile long applied;
        private boolean finished;
        private volatile boolean switched;
        private Instant switchedAt;
        private Map<String, String> collections = Map.of();
        private String warning;
        /** Looked up once per run: asking the bean factory for every event took a twelfth of the rebuild thread. */
        private final List<ShadowBuildListener> eventListeners = listeners.orderedStream().toList();

        Run(String name, String runId, String suffix, StreamingEventProcessor processor, List<Class<?>> types,
            EventStore store, String abandonedSuffix) {
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
                reporter = janitor.scheduleWithFixedDelay(this::reportProgress, REPORT_EVERY.toMillis(),
                        REPORT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                dropSuffixed(abandonedSuffix);
                dropRetired(name);
                // The new version need not be durable write by write (see ScratchCollections) until it is switched to.
                scratch.ifAvailable(collections -> collections.add(suffix));
                ShadowProjections shadow = ShadowProjections.create(types, client, routes.database().getName(), suffix,
                        mongo.getConverter(), BlueGreenRebuilds.this::dependency, axon.parameterResolverFactory(),
                        axon::handlerDefinition, processing.interceptorsFor(name));
                shadow.reset();
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
                scratch.ifAvailable(collections -> collections.remove(suffix));
                if (reporter != null) {
                    reporter.cancel(false);
                }
                running.remove(name, this);
                if (switched && !shuttingDown) {
                    janitor.schedule(() -> dropRetired(name), properties.retiredGrace().toMillis() + 1000,
                            TimeUnit.MILLISECONDS);
                }
            }
        }

        private void finish(RebuildStatus.State state, String failure) {
            List<Bson> updates = new ArrayList<>(List.of(
                    Updates.set("position", position(lastToken)),
                    Updates.set("headPosition", head),
                    Updates.set("appliedEvents", applied),
                    Updates.set("finishedAt", Date.from(clock.instant())),
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
            Long target = headPosition(store);
            head = target;
            long idleSince = System.nanoTime();
            while (target != null && (position(lastToken) == null || position(lastToken) < target)) {
                if (cancelled || shuttingDown) {
                    throw new IllegalStateException(shuttingDown ? "Cancelled: the application is shutting down"
                            : "Cancelled: another rebuild took over");
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
                for (ShadowBuildListener listener : eventListeners) {
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
        }

        /**
         * Pauses the live processor, lets the new version apply the last events, switches the routes and moves the
         * processor's tokens to where the new version stopped. Before the switch, any failure leaves the live version
         * as it was; after it, the new version is the live one whatever happens.
         */
        private void switchOver(BlockingStream<TrackedEventMessage<?>> stream, ShadowProjections shadow)
                throws Exception {
            report(RebuildStatus.State.SWITCHING, Updates.set("heartbeat", Date.from(clock.instant())));
            boolean wasRunning = processor.isRunning();
            TokenStore tokens = processing.tokenStore(name);
            TransactionManager transactions = processing.transactionManager(name);
            List<Integer> claimed = new ArrayList<>();
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
                scratch.ifAvailable(live -> live.remove(suffix));
                switchedAt = clock.instant();
                routes.switchTo(name, collections, runId, switchedAt);
                switched = true;
                log.warn("Blue-green rebuild of {}: queries now read the new version {}", name, collections.values());
                try {
                    for (int segment : claimed) {
                        transactions.executeInTransaction(() -> tokens.storeToken(lastToken, name, segment));
                    }
                    // Every parked event was applied to the new version; the letters describe the old one.
                    processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
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
                if (wasRunning && !shuttingDown) {
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
            long until = System.nanoTime() + routes.refreshInterval().multipliedBy(2).toNanos();
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
                        Updates.set("heartbeat", Date.from(clock.instant())),
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
            Bson change = state == null ? update : Updates.combine(update, Updates.set("state", state.name()));
            UpdateResult result = leases().updateOne(
                    Filters.and(Filters.eq("_id", name), Filters.eq("runId", runId)), change);
            if (result.getMatchedCount() == 0 && state != RebuildStatus.State.FAILED) {
                cancelled = true;
                throw new IllegalStateException("Another rebuild of " + name + " took over");
            }
        }
    }
}
