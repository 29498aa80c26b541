package dev.urakata.config.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysts' view of the embedded server ({@code urakata.mongo.analyst-port}): a backend in front of the
 * application's that answers reads of the collections the catalogue names, under their stable names, and refuses
 * everything else — every write, index or collection change, and every read of anything the catalogue does not
 * list (tokens, sagas, keys, unique-key claims) — with MongoDB's error 13, Unauthorized.
 *
 * <p>A stable name is translated to the collection that holds the view now: after a blue-green rebuild that is the
 * new version's, switched in one step by the read-model routes, so a saved query keeps its name and sees either
 * the old complete version or the new complete one. Cursors and answers name the stable collection again.
 */
final class ReadOnlyMongoBackend implements MongoBackend {

    /** Commands a driver or a shell sends to connect and keep the connection, which read nothing. */
    private static final Set<String> CONNECTION = Set.of("hello", "ismaster", "ping", "buildinfo", "endsessions",
            "whatsmyuri", "connectionstatus", "getlasterror", "getparameter", "hostinfo", "getcmdlineopts",
            "getlog");
    /** Reads of one collection, named by the command's own value (count, distinct: {@code getMore} has its own). */
    private static final Set<String> READS = Set.of("find", "aggregate", "count", "distinct", "listindexes");
    private static final int UNAUTHORIZED = 13;
    private static final int CURSOR_NOT_FOUND = 43;

    private final MongoBackend backend;
    private final String database;
    private final AnalystCollections collections;
    /** The cursors each connection was given, which only it may read on or end. */
    private final Map<Channel, Set<Long>> cursors = new ConcurrentHashMap<>();

    /**
     * @param backend     the application's backend, which this one never closes
     * @param database    the one database served
     * @param collections what is served and where it is
     */
    ReadOnlyMongoBackend(MongoBackend backend, String database, AnalystCollections collections) {
        this.backend = backend;
        this.database = database;
        this.collections = collections;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document command = message.getDocument();
        String name = command.keySet().iterator().next();
        String verb = name.toLowerCase(Locale.ROOT);
        if (CONNECTION.contains(verb)) {
            return backend.handleMessage(message);
        }
        return switch (verb) {
            case "listdatabases" -> listDatabases();
            case "listcollections" -> listCollections(message.getDatabaseName(), command);
            case "killcursors" -> {
                ownCursors(message.getChannel(), command.get("cursors"));
                yield backend.handleMessage(with(message, Map.of(name, physical(message, command.get(name)))));
            }
            case "getmore" -> {
                ownCursors(message.getChannel(), List.of(command.get(name)));
                Object stable = command.get("collection");
                Document answer = named(message.getChannel(), backend.handleMessage(with(message,
                        Map.of("collection", physical(message, stable)))), stable);
                if (answer.get("cursor") instanceof Document cursor && cursor.get("id") instanceof Number id
                        && id.longValue() == 0) {
                    cursors.getOrDefault(message.getChannel(), Set.of()).remove(((Number) command.get(name))
                            .longValue()); // read to the end: closed
                }
                yield answer;
            }
            default -> {
                if (!READS.contains(verb)) {
                    throw refused("'" + name + "' is not allowed on the analysts' read-only port");
                }
                String physical = physical(message, command.get(name));
                List<String> hidden = collections.hidden((String) command.get(name));
                if (!hidden.isEmpty() && !verb.equals("listindexes")) {
                    yield named(message.getChannel(), withoutHidden(message, verb, physical, hidden),
                            command.get(name));
                }
                Map<String, Object> replaced = new HashMap<>(Map.of(name, physical));
                if (verb.equals("aggregate")) {
                    replaced.put("pipeline", pipeline(command.get("pipeline")));
                }
                yield named(message.getChannel(), backend.handleMessage(with(message, replaced)), command.get(name));
            }
        };
    }

    /** The legacy query form, which drivers use for the first handshake only. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        Object command = query.getQuery().isEmpty() ? null : query.getQuery().keySet().iterator().next();
        if (query.getCollectionName().equals("$cmd") && command != null
                && CONNECTION.contains(command.toString().toLowerCase(Locale.ROOT))) {
            return backend.handleQuery(query);
        }
        throw refused("only the handshake may use the legacy query form here");
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (CONNECTION.contains(command.toLowerCase(Locale.ROOT))) {
            return backend.handleCommand(channel, databaseName, command, query);
        }
        throw refused("'" + command + "' is not allowed on the analysts' read-only port");
    }

    @Override
    public void handleClose(Channel channel) {
        cursors.remove(channel);
        backend.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        throw refused("the analysts' port is read-only");
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return List.of();
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    /** The application owns the backend and closes it; this port only stops listening. */
    @Override
    public void close() {
    }

    /** The legacy kill-cursors message names no connection's cursors: ignored (analysts' drivers send killCursors). */
    @Override
    public void closeCursors(List<Long> cursorIds) {
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
    }

    @Override
    public void disableOplog() {
    }

    @Override
    public MongoDatabase resolveDatabase(String name) {
        throw refused("the analysts' port serves queries only");
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        return this;
    }

    /**
     * A read of a collection some of whose fields analysts may not see (the audit trail's payloads hold personal
     * data), answered by an aggregation that drops those fields first: nothing after that stage — a filter, a sort, a
     * projection, a count — can see them, so a query cannot even probe for a value in them. Find, count and distinct
     * are rewritten into such a pipeline and answered in their own form.
     */
    private Document withoutHidden(MongoMessage message, String verb, String physical, List<String> hidden) {
        Document command = message.getDocument();
        List<Object> stages = new ArrayList<>(List.of(new Document("$unset", new ArrayList<>(hidden))));
        Object filter = command.get(verb.equals("find") ? "filter" : "query");
        if (filter instanceof Document match && !match.isEmpty()) {
            stages.add(new Document("$match", match));
        }
        switch (verb) {
            case "aggregate" -> {
                stages.addAll(pipeline(command.get("pipeline")));
                return aggregate(message, physical, stages, command.get("cursor"));
            }
            case "find" -> {
                addIfGiven(stages, "$sort", command.get("sort"));
                addIfGiven(stages, "$skip", command.get("skip"));
                addIfGiven(stages, "$limit", command.get("limit") instanceof Number limit
                        ? Math.abs(limit.longValue()) : null);
                addIfGiven(stages, "$project", command.get("projection"));
                Object batchSize = command.get("batchSize");
                return aggregate(message, physical, stages, batchSize == null ? new Document()
                        : new Document("batchSize", batchSize));
            }
            case "count" -> {
                addIfGiven(stages, "$skip", command.get("skip"));
                addIfGiven(stages, "$limit", command.get("limit") instanceof Number limit
                        ? Math.abs(limit.longValue()) : null);
                stages.add(new Document("$count", "n"));
                List<?> counted = firstBatch(aggregate(message, physical, stages, new Document()));
                Object n = counted.isEmpty() ? 0 : ((Document) counted.get(0)).get("n");
                return new Document("n", n).append("ok", 1.0);
            }
            case "distinct" -> {
                stages.add(new Document("$group", new Document("_id", null)
                        .append("values", new Document("$addToSet", "$" + command.get("key")))));
                List<?> grouped = firstBatch(aggregate(message, physical, stages, new Document()));
                Object values = grouped.isEmpty() ? List.of() : ((Document) grouped.get(0)).get("values");
                return new Document("values", values).append("ok", 1.0);
            }
            default -> throw refused("'" + verb + "' is not allowed on the analysts' read-only port");
        }
    }

    private Document aggregate(MongoMessage message, String physical, List<Object> stages, Object cursor) {
        Document command = new Document("aggregate", physical).append("pipeline", stages)
                .append("cursor", cursor instanceof Document given ? given : new Document())
                .append("$db", message.getDatabaseName());
        return backend.handleMessage(new MongoMessage(message.getChannel(), message.getHeader(), command));
    }

    private static void addIfGiven(List<Object> stages, String stage, Object value) {
        if (value != null && !(value instanceof Document document && document.isEmpty())
                && !(value instanceof Number number && number.longValue() == 0)) {
            stages.add(new Document(stage, value));
        }
    }

    private static List<?> firstBatch(Document answer) {
        return answer.get("cursor") instanceof Document cursor && cursor.get("firstBatch") instanceof List<?> batch
                ? batch : List.of();
    }

    /** The collection holding a stable name the command gave, refused if it is not served. */
    private String physical(MongoMessage message, Object name) {
        if (!database.equals(message.getDatabaseName())) {
            throw refused("only database '" + database + "' is served here");
        }
        return served(name);
    }

    /** The message with some fields of its command replaced, keeping their order (the verb first). */
    private static MongoMessage with(MongoMessage message, Map<String, Object> replaced) {
        Document command = new Document();
        message.getDocument().forEach((key, value) -> command.put(key, replaced.getOrDefault(key, value)));
        return new MongoMessage(message.getChannel(), message.getHeader(), command);
    }

    /** An aggregation pipeline with every collection it names translated; stages that write are refused. */
    private List<Object> pipeline(Object stages) {
        if (!(stages instanceof List<?> list)) {
            throw refused("an aggregation pipeline is a list of stages");
        }
        List<Object> translated = new ArrayList<>();
        for (Object stage : list) {
            translated.add(stage instanceof Document document ? stage(document) : stage);
        }
        return translated;
    }

    private Document stage(Document stage) {
        Document translated = new Document();
        for (Map.Entry<String, Object> entry : stage.entrySet()) {
            Object value = entry.getValue();
            switch (entry.getKey()) {
                case "$out", "$merge" -> throw refused("'" + entry.getKey() + "' writes; this port is read-only");
                case "$lookup", "$graphLookup" -> value = lookup((Document) value);
                case "$unionWith" -> value = value instanceof String name ? joined(name) : lookup((Document) value);
                case "$facet" -> {
                    Document facets = new Document();
                    ((Document) value).forEach((facet, pipeline) -> facets.put(facet, pipeline(pipeline)));
                    value = facets;
                }
                default -> {
                }
            }
            translated.put(entry.getKey(), value);
        }
        return translated;
    }

    private Document lookup(Document lookup) {
        Document translated = new Document();
        lookup.forEach((key, value) -> translated.put(key, switch (key) {
            case "from", "coll" -> joined(value);
            case "pipeline" -> pipeline(value);
            default -> value;
        }));
        return translated;
    }

    private String served(Object name) {
        String physical = name instanceof String stable ? collections.physical(stable) : null;
        if (physical == null) {
            throw refused("'" + name + "' is not a read model for analysts (see GET /api/read-models)");
        }
        return physical;
    }

    /** A collection another stage reads: served, and without fields hidden from analysts (those it would show). */
    private String joined(Object name) {
        if (name instanceof String stable && !collections.hidden(stable).isEmpty()) {
            throw refused("'" + name + "' cannot be joined here: query it on its own");
        }
        return served(name);
    }

    /**
     * The answer with its cursor's namespace naming the stable collection, so that a getMore names it too; the
     * cursor is remembered as this connection's while it stays open.
     */
    private Document named(Channel channel, Document answer, Object stable) {
        if (answer.get("cursor") instanceof Document cursor) {
            if (cursor.containsKey("ns")) {
                cursor.put("ns", database + "." + stable);
            }
            if (cursor.get("id") instanceof Number id && id.longValue() != 0) {
                cursors.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(id.longValue());
            }
        }
        return answer;
    }

    /**
     * Refuses cursors this connection was not given. The server numbers cursors in one sequence for all its
     * connections and a cursor does not know its collection, so without this check a getMore could read on from a
     * cursor the application opened over any collection, and a killCursors could end it.
     */
    private void ownCursors(Channel channel, Object ids) {
        Set<Long> own = cursors.getOrDefault(channel, Set.of());
        for (Object id : ids instanceof List<?> list ? list : List.of()) {
            if (!(id instanceof Number number) || !own.contains(number.longValue())) {
                throw new MongoServerError(CURSOR_NOT_FOUND, "CursorNotFound", "cursor id " + id + " not found");
            }
        }
    }

    private Document listDatabases() {
        return new Document("databases", List.of(new Document("name", database).append("sizeOnDisk", 0L)
                .append("empty", false))).append("totalSize", 0L).append("ok", 1.0);
    }

    private Document listCollections(String databaseName, Document command) {
        List<Document> batch = new ArrayList<>();
        Object filter = command.get("filter") instanceof Document document ? document.get("name") : null;
        if (database.equals(databaseName)) {
            for (String name : collections.names()) {
                if (filter == null || filter.equals(name)) {
                    batch.add(new Document("name", name).append("type", "collection")
                            .append("options", new Document()).append("info", new Document("readOnly", true)));
                }
            }
        }
        return new Document("cursor", new Document("id", 0L).append("ns", databaseName + ".$cmd.listCollections")
                .append("firstBatch", batch)).append("ok", 1.0);
    }

    private static MongoServerError refused(String why) {
        return new MongoServerError(UNAUTHORIZED, "Unauthorized", why);
    }
}
