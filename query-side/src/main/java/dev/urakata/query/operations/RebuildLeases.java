package dev.urakata.query.operations;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.urakata.query.readmodel.ReadModelRoutes;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.operations.OperationsErrors;
import dev.urakata.shared.operations.RebuildStatus;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lease documents of blue-green rebuilds, one per processor in {@value #COLLECTION}: taken atomically by a new
 * run, kept alive by its heartbeat, taken over only once that heartbeat has stopped for the stale-after time, and
 * holding the state of the current or latest rebuild, which is what the status endpoint shows on any instance.
 */
final class RebuildLeases {

    static final String COLLECTION = "read_model_rebuilds";

    private final ReadModelRoutes routes;
    private final Duration staleAfter;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    RebuildLeases(ReadModelRoutes routes, Duration staleAfter, Clock clock) {
        this.routes = routes;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    /**
     * Takes the lease of {@code name} for a new run.
     *
     * @return the document of the run it replaces, or {@code null} if there was none
     * @throws DomainException PROCESSOR_REBUILD_IN_PROGRESS while another run holds it
     */
    Document acquire(String name, String runId, String suffix, String user) {
        Instant now = clock.instant();
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

    /**
     * Writes {@code update} (and the new state, unless {@code null}) to the lease of run {@code runId}.
     *
     * @return whether the run still holds the lease
     */
    boolean report(String name, String runId, RebuildStatus.State state, Bson update) {
        Bson change = state == null ? update : Updates.combine(update, Updates.set("state", state.name()));
        return leases().updateOne(Filters.and(Filters.eq("_id", name), Filters.eq("runId", runId)), change)
                .getMatchedCount() > 0;
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

    /** Whether the lease document belongs to a run still building or switching (or that stopped doing so). */
    static boolean active(Document doc) {
        String state = doc.getString("state");
        return RebuildStatus.State.BUILDING.name().equals(state) || RebuildStatus.State.SWITCHING.name().equals(state);
    }

    private boolean stale(Document doc, Instant now) {
        return doc.getDate("heartbeat").toInstant().plus(staleAfter).isBefore(now);
    }

    private static DomainException inProgress(String name, Document existing) {
        return new DomainException(OperationsErrors.PROCESSOR_REBUILD_IN_PROGRESS, "A rebuild of " + name
                + " is already running" + (existing == null ? "" : " (started by " + existing.getString("startedBy")
                + " at " + existing.getDate("startedAt").toInstant() + ")"));
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
        Long applied = toLong(doc.get("appliedEvents"));
        return new RebuildStatus(state, doc.getString("startedBy"), doc.getDate("startedAt").toInstant(),
                finishedAt == null ? null : finishedAt.toInstant(), switchedAt == null ? null : switchedAt.toInstant(),
                toLong(doc.get("position")), toLong(doc.get("headPosition")), doc.getInteger("progress", 0),
                applied == null ? 0 : applied, doc.getList("collections", String.class, List.of()), failure);
    }

    private static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private MongoCollection<Document> leases() {
        return routes.database().getCollection(COLLECTION);
    }
}
