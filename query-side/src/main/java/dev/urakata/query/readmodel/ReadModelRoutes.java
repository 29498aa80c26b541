package dev.urakata.query.readmodel;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.RenameCollectionOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each read-model collection physically lives. Projections name their collections by constants
 * ({@code hr_employee_directory}); a blue-green rebuild builds a new version under new physical names and then
 * routes the constants to them, which every query and every handler sees at once. A collection without a route lives
 * under its own name, as before any rebuild.
 *
 * <p>On the embedded MongoDB-wire server a switch is a route rather than a rename of the new collections over the live
 * ones: its {@code renameCollection} leaves the renamed collection's {@code _id} index behind under its old name (a
 * collection created later under that name shares it, and the renamed one loses it on restart). A route switches every
 * collection of a processor in one step; the analysts' port serves each stable name from its route, so the analysts'
 * names hold the new data from the switch on.
 *
 * <p>On MongoDB ({@link #renaming}), where analysts connect to the database itself, a switch renames each new
 * collection over its stable name ({@code renameCollection} with {@code dropTarget}), atomic per collection: a reader
 * of the stable name sees the old complete version or the new complete one, and the name never goes stale. The
 * processor's routes are then identity and nothing is retired (the rename dropped the old version; a query still
 * reading it fails rather than answering from it).
 *
 * <p>The table is one document per processor in {@value #COLLECTION}. Each instance keeps a copy and reads it again
 * before using it once it is older than the refresh interval, so a switch made on one instance is followed by every
 * instance within that interval; the rebuild holds the processor's segments at least that long after switching so
 * that no other instance can write to the old version meanwhile.
 */
public class ReadModelRoutes {

    /** The collection holding the routes. */
    public static final String COLLECTION = "read_model_routes";

    private final MongoDatabase database;
    private final Duration refreshInterval;
    private final boolean renaming;
    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, String> routes, long loadedAtNanos) {
    }

    /**
     * @param database        the application's database, unrouted
     * @param refreshInterval how old this instance's copy of the routes may get before it is read again
     */
    public ReadModelRoutes(MongoDatabase database, Duration refreshInterval) {
        this(database, refreshInterval, false);
    }

    /**
     * @param renaming whether a switch renames the new collections over the stable names (MongoDB) rather than
     *                 routing the stable names to them (the embedded server)
     */
    public ReadModelRoutes(MongoDatabase database, Duration refreshInterval, boolean renaming) {
        this.database = database;
        this.refreshInterval = refreshInterval;
        this.renaming = renaming;
    }

    /** The physical name of the collection that projection code calls {@code logical}. */
    public String physical(String logical) {
        return current().routes().getOrDefault(logical, logical);
    }

    /** How old a copy of the routes may get before an instance reads them again. */
    public Duration refreshInterval() {
        return refreshInterval;
    }

    /** The application's database, unrouted: collections in it are named by their physical names. */
    public MongoDatabase database() {
        return database;
    }

    /** The collections of a processor that have been routed, logical name to physical name. */
    public Map<String, String> routesOf(String processor) {
        Document doc = routes().find(Filters.eq("_id", processor)).first();
        return doc == null ? Map.of() : routeMap(doc);
    }

    /** Every collection that some route currently points to, read from the database (not this instance's copy). */
    public Set<String> targets() {
        Set<String> targets = new HashSet<>();
        for (Document doc : routes().find()) {
            targets.addAll(routeMap(doc).values());
        }
        return targets;
    }

    /** The run id recorded by the latest switch of a processor's routes, or {@code null} if they never switched. */
    public String lastSwitchedBy(String processor) {
        Document doc = routes().find(Filters.eq("_id", processor)).first();
        return doc == null ? null : doc.getString("runId");
    }

    /**
     * Routes {@code newRoutes} (logical to physical name) of a processor, keeping its other routes, and takes the new
     * routes into use on this instance at once. The physical collections they replace are remembered as retired, to
     * be dropped by {@link #dropRetired} once no instance can be reading them any more.
     */
    public void switchTo(String processor, Map<String, String> newRoutes, String runId, Instant at) {
        if (renaming) {
            newRoutes = renamedOverStableNames(newRoutes);
        }
        Document existing = routes().find(Filters.eq("_id", processor)).first();
        Map<String, String> merged = new LinkedHashMap<>(existing == null ? Map.of() : routeMap(existing));
        List<String> retired = new ArrayList<>(existing == null ? List.of()
                : existing.getList("retired", String.class, List.of()));
        newRoutes.forEach((logical, physical) -> {
            String previous = merged.getOrDefault(logical, logical);
            if (!previous.equals(physical) && !retired.contains(previous)) {
                retired.add(previous);
            }
            merged.put(logical, physical);
        });
        retired.removeAll(merged.values());
        List<Document> entries = merged.entrySet().stream()
                .map(e -> new Document("logical", e.getKey()).append("physical", e.getValue()))
                .toList();
        routes().replaceOne(Filters.eq("_id", processor), new Document("_id", processor)
                .append("routes", entries)
                .append("runId", runId)
                .append("switchedAt", Date.from(at))
                .append("retired", retired), new ReplaceOptions().upsert(true));
        synchronized (this) {
            snapshot = load();
        }
    }

    /**
     * Renames each new collection over its stable name, dropping the version there: the routes become identity.
     * Routes of earlier switches made by route are retired with the version they pointed to.
     */
    private Map<String, String> renamedOverStableNames(Map<String, String> newRoutes) {
        Map<String, String> identity = new LinkedHashMap<>();
        newRoutes.forEach((logical, physical) -> {
            if (!logical.equals(physical)) {
                database.getCollection(physical).renameCollection(
                        new MongoNamespace(database.getName(), logical), new RenameCollectionOptions().dropTarget(true));
            }
            identity.put(logical, logical);
        });
        return identity;
    }

    /**
     * Drops the collections of a processor that earlier switches retired, if it switched at least {@code grace} ago
     * (a query started on another instance just before the switch may still read them until then).
     *
     * @return the collections dropped
     */
    public List<String> dropRetired(String processor, Duration grace, Instant now) {
        Document doc = routes().find(Filters.eq("_id", processor)).first();
        if (doc == null || doc.getDate("switchedAt").toInstant().plus(grace).isAfter(now)) {
            return List.of();
        }
        List<String> retired = new ArrayList<>(doc.getList("retired", String.class, List.of()));
        retired.removeAll(current().routes().values());
        for (String physical : retired) {
            database.getCollection(physical).drop();
        }
        routes().updateOne(Filters.eq("_id", processor), Updates.pullAll("retired", retired));
        return retired;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAtNanos() > refreshInterval.toNanos()) {
            synchronized (this) {
                current = snapshot;
                if (current == null || System.nanoTime() - current.loadedAtNanos() > refreshInterval.toNanos()) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private Snapshot load() {
        long startedAt = System.nanoTime();
        Map<String, String> all = new HashMap<>();
        for (Document doc : routes().find()) {
            all.putAll(routeMap(doc));
        }
        // Age counts from before the read: what it returns is at least as new as that moment.
        return new Snapshot(Map.copyOf(all), startedAt);
    }

    private static Map<String, String> routeMap(Document doc) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Document entry : doc.getList("routes", Document.class, List.of())) {
            map.put(entry.getString("logical"), entry.getString("physical"));
        }
        return map;
    }

    private MongoCollection<Document> routes() {
        return database.getCollection(COLLECTION);
    }
}
