package dev.urakata.config.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * A collection of the embedded MongoDB-wire server that keeps its documents as BSON ({@link BsonDocumentValues}) and
 * finds a document by its {@code _id} whatever else the query asks; otherwise the stock H2 collection.
 */
final class BsonStoredCollection extends H2Collection {

    private static final String ID = "_id";
    private static final String AND = "$and";

    private final MVMap<Object, Document> documents;
    private final LongAdder fullScans = new LongAdder();

    BsonStoredCollection(MongoDatabase database, String name, CollectionOptions options,
                         MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, documents, meta, cursors);
        this.documents = documents;
    }

    /**
     * A query that names one {@code _id} is answered from the {@code _id} index, then matched in full. The stock
     * server uses an index only when the query asks for nothing but its keys, so {@code {_id: x, lastSequence: {$lt:
     * n}}}, the guard every read model puts on an update to apply an event once, read and decoded every document of
     * the collection: the directory's and the payroll inputs' views fell 6,000 to 9,500 events behind under the
     * bench's command load and stopped moving (stall dump, 2026-12-07).
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Object id = pinnedId(query);
        // A query of nothing but {_id: x} is the stock server's own index lookup.
        if (id != null && !query.keySet().equals(Set.of(ID))) {
            Document byId = new Document(ID, id);
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                }
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * The one {@code _id} value {@code query} asks for, at its top level or in one of the terms of a top-level
     * {@code $and} (the Java driver's {@code Filters.and} form), or null.
     */
    private static Object pinnedId(Document query) {
        Object id = query.get(ID);
        if (isOneValue(id)) {
            return id;
        }
        if (query.get(AND) instanceof Collection<?> terms) {
            for (Object term : terms) {
                if (term instanceof Document document && isOneValue(document.get(ID))) {
                    return document.get(ID);
                }
            }
        }
        return null;
    }

    /** Whether {@code id}, the value a query gives {@code _id}, is one value to look up (not an operator or a pattern). */
    private static boolean isOneValue(Object id) {
        return id != null && !(id instanceof Document) && !(id instanceof Collection<?>)
                && !BsonRegularExpression.isRegularExpression(id);
    }

    /** A query no index can answer: it reads every document (counted; the embedded server should be asked by _id). */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        fullScans.increment();
        return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** How many queries have read the whole collection since it was opened. */
    long fullScans() {
        return fullScans.sum();
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        // The server changed the stored document in place: its kept bytes are stale.
        BsonDocumentValues.changed(newDocument);
        super.handleUpdate(position, oldDocument, newDocument);
    }

    /**
     * Not kept up to date on every write: the stock collection encoded the whole document twice per update (before
     * and after) to adjust a running total of the collection's size, and for a document with a thousand salary
     * entries that was a third of what a {@code $push} to it cost the server (profile of the directory's rebuild,
     * 2026-12-07).
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /** The collection's size in BSON bytes, counted when asked ({@code collStats}, {@code validate}). */
    @Override
    protected int getDataSize() {
        if (documents == null) {
            return 0; // asked by the stock constructor, before this class's fields are set; nothing is counted then
        }
        long total = 0;
        for (Document document : documents.values()) {
            total += BsonDocumentValues.sizeOf(document);
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
