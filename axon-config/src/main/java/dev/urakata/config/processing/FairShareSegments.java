package dev.urakata.config.processing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Splits each processor's segments fairly between the instances that run it, so that an instance joining later
 * gets its share instead of waiting for someone to crash.
 *
 * <p>Axon's pooled processor claims every free segment it finds and keeps it; instances that start together end up
 * with a fair split by chance, but a newcomer finds everything claimed (a restarted query side got 5 of 547
 * segments while the survivor kept 542) and instances under load thrash. Axon asks a {@link MaxSegmentProvider},
 * once per coordination round, how many segments this instance may hold, and releases any above that number. This
 * is that provider: every instance writes a heartbeat with the processors it runs into the collection
 * {@value #COLLECTION}; for a processor with {@code S} segments run by {@code N} live instances, the instances
 * sorted by name take {@code S / N} each and the first {@code S % N} one more. Every instance computes the same
 * split from the same heartbeats, so the shares add up to {@code S} and no segment is wanted twice (the token
 * store's claims still decide who actually holds one).
 *
 * <p>An instance that stops cleanly removes its heartbeat, so the others take its share on their next round; one
 * that crashes stops beating and drops out after {@code 3 × heartbeat}. Until the split is known (the first round)
 * an instance may claim anything, as Axon would.
 */
public final class FairShareSegments implements MaxSegmentProvider, AutoCloseable {

    /** The heartbeats of the instances that run processors. */
    public static final String COLLECTION = "processing_instances";
    private static final Logger log = LoggerFactory.getLogger(FairShareSegments.class);
    private static final int NO_LIMIT = Short.MAX_VALUE;

    private final String instance;
    private final MongoCollection<Document> heartbeats;
    private final TokenStore tokens;
    private final Supplier<Collection<String>> processors;
    private final Duration heartbeat;
    private final Clock clock;
    private final Map<String, Integer> shares = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    /**
     * @param instance   this instance's name, the one it claims tokens under
     * @param processors the names of the processors this instance runs
     * @param heartbeat  how often the heartbeat is written and the shares computed
     */
    public FairShareSegments(String instance, MongoCollection<Document> heartbeats, TokenStore tokens,
                             Supplier<Collection<String>> processors, Duration heartbeat, Clock clock) {
        this.instance = instance;
        this.heartbeats = heartbeats;
        this.tokens = tokens;
        this.processors = processors;
        this.heartbeat = heartbeat;
        this.clock = clock;
    }

    @Override
    public int getMaxSegments(String processorName) {
        return shares.getOrDefault(processorName, NO_LIMIT);
    }

    /** Starts beating and computing shares, at once and then every heartbeat. */
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "segment-fair-share");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::roundQuietly, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Writes this instance's heartbeat, then recomputes its share of every processor it runs. */
    void round() {
        List<String> running = new ArrayList<>(processors.get());
        Instant now = clock.instant();
        heartbeats.replaceOne(Filters.eq("_id", instance), new Document("_id", instance)
                .append("processors", running).append("seenAt", Date.from(now)), new ReplaceOptions().upsert(true));
        Date liveSince = Date.from(now.minus(heartbeat.multipliedBy(3)));
        List<Document> live = heartbeats.find(Filters.gte("seenAt", liveSince)).into(new ArrayList<>());
        for (String processor : running) {
            List<String> members = live.stream()
                    .filter(doc -> doc.getList("processors", String.class, List.of()).contains(processor))
                    .map(doc -> doc.getString("_id")).sorted().toList();
            int segments = tokens.fetchSegments(processor).length;
            int rank = members.indexOf(instance);
            if (segments == 0 || rank < 0) {
                shares.remove(processor);
                continue;
            }
            int share = segments / members.size() + (rank < segments % members.size() ? 1 : 0);
            Integer before = shares.put(processor, share);
            if (before == null || before != share) {
                log.info("Processor {}: {} of {} segments for {} ({} instances run it)", processor, share, segments,
                        instance, members.size());
            }
        }
    }

    private void roundQuietly() {
        try {
            round();
        } catch (RuntimeException e) {
            // the last shares stay in force; the next round tries again
            log.warn("Could not update the fair shares of segments: {}", e.toString());
        }
    }

    /** Stops beating and removes the heartbeat, so that the other instances take this one's share at once. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        try {
            heartbeats.deleteOne(Filters.eq("_id", instance));
        } catch (RuntimeException e) {
            log.warn("Could not remove the heartbeat of {}; it expires on its own: {}", instance, e.toString());
        }
    }
}
