package dev.urakata.query.operations;

import com.mongodb.client.MongoClient;
import dev.urakata.config.storage.ScratchCollections;
import dev.urakata.query.readmodel.ReadModelProperties;
import dev.urakata.query.readmodel.ReadModelRoutes;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.operations.OperationsErrors;
import dev.urakata.shared.operations.RebuildStatus;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
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

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * processor at a time across all instances: the rebuild's state is a lease document ({@link RebuildLeases}), taken
 * atomically, kept alive by a heartbeat and taken over only once that heartbeat has stopped for
 * {@code urakata.read-models.rebuild-stale-after}. The same document is what the status endpoint shows, on any instance.
 *
 * <p>This class starts runs and answers for them; which processors qualify is {@link RebuildableProcessors}, a run
 * itself is {@link RebuildRun}, the second version of the projections {@link ShadowProjections}.
 */
@Service
public class BlueGreenRebuilds implements DisposableBean {

    /** Starts the suffix of a new version's collections. */
    static final String SUFFIX_MARK = "__bg_";
    private static final Logger log = LoggerFactory.getLogger(BlueGreenRebuilds.class);

    private final RebuildableProcessors processors;
    private final RebuildLeases leases;
    private final ObjectProvider<EventStore> eventStore;
    private final ObjectProvider<ShadowBuildListener> listeners;
    private final AutowireCapableBeanFactory beans;
    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final ReadModelRoutes routes;
    private final ReadModelProperties properties;
    private final ObjectProvider<ScratchCollections> scratch;
    private final Clock clock;
    /** The thread of each run started here, by processor name. */
    private final Map<String, Thread> running = new ConcurrentHashMap<>();
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
        this.processing = processing;
        this.axon = axon;
        this.eventStore = eventStore;
        this.beans = beans;
        this.client = client;
        this.mongo = mongo;
        this.routes = routes;
        this.properties = properties;
        this.listeners = listeners;
        this.scratch = scratch;
        this.clock = clock.orElse(Clock.systemUTC());
        this.processors = new RebuildableProcessors(processing);
        this.leases = new RebuildLeases(routes, properties.rebuildStaleAfter(), this.clock);
    }

    /**
     * Starts a blue-green rebuild of the named processor in the background.
     *
     * @throws DomainException NOT_FOUND for an unknown processor, PROCESSOR_RESET_NOT_SUPPORTED for one whose events
     *                         cannot be replayed (a saga), PROCESSOR_REBUILD_NOT_SUPPORTED for projections that cannot
     *                         be built beside the live ones, PROCESSOR_REBUILD_IN_PROGRESS while one runs
     */
    RebuildStatus start(String name, String user) {
        StreamingEventProcessor processor = processors.processor(name);
        List<Class<?>> types = RebuildableProcessors.projectionTypes(name, processor);
        EventStore store = eventStore.getIfAvailable();
        if (store == null) {
            throw new DomainException(OperationsErrors.PROCESSOR_REBUILD_NOT_SUPPORTED,
                    "This instance has no event store to rebuild " + name + " from");
        }
        String runId = UUID.randomUUID().toString();
        String suffix = SUFFIX_MARK + HexFormat.of().toHexDigits((int) UUID.randomUUID().getMostSignificantBits());
        Document previous = leases.acquire(name, runId, suffix, user);
        // An abandoned run (its instance stopped mid-way) left its collections behind.
        String abandoned = previous != null && RebuildLeases.active(previous) ? previous.getString("suffix") : null;
        RebuildRun run = new RebuildRun(context(), name, runId, suffix, processor, types, store, abandoned);
        Thread thread = new Thread(() -> {
            try {
                run.run();
            } finally {
                running.remove(name, Thread.currentThread());
            }
        }, "blue-green-rebuild-" + name);
        thread.setDaemon(true);
        running.put(name, thread);
        thread.start();
        log.warn("Blue-green rebuild of {} started by {}: a new version is built beside the live one ({})", name, user,
                types.stream().map(Class::getSimpleName).toList());
        return status(name).orElseThrow();
    }

    /** The current or latest blue-green rebuild of a processor. */
    Optional<RebuildStatus> status(String name) {
        return leases.status(name);
    }

    /** The current or latest blue-green rebuild of every processor that had one, by processor name. */
    Map<String, RebuildStatus> statuses() {
        return leases.statuses();
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
        for (Thread thread : running.values()) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private RebuildRun.Context context() {
        return new RebuildRun.Context(processing, axon, client, mongo.getConverter(), routes, leases, scratch,
                listeners.orderedStream().toList(), this::dependency, janitor, properties.retiredGrace(), clock,
                () -> shuttingDown);
    }

    /** A projection's constructor argument other than its MongoTemplate, as Spring would resolve it. */
    private Object dependency(Constructor<?> constructor, int index) {
        MethodParameter parameter = MethodParameter.forExecutable(constructor, index);
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return beans.resolveDependency(new DependencyDescriptor(parameter, true), null);
    }
}
