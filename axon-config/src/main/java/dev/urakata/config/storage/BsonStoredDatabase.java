package dev.urakata.config.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database of the embedded MongoDB-wire server whose collections keep their documents as BSON
 * ({@link BsonDocumentValues}) and whose unique indexes order their keys by value ({@link IndexKeyValues});
 * otherwise the stock H2 database.
 *
 * <p>The stock constructor already opens every existing collection, before this class's fields are set; the store
 * reaches those calls through {@link #OPENING}, so that every collection is opened the same way.
 */
final class BsonStoredDatabase extends H2Database {

    /**
     * Which index maps hold their keys in the order of {@link IndexKeyValues}: a map written by the stock index (in
     * H2's order) is rebuilt when first opened, and marked here.
     */
    static final String INDEX_KEY_FORMATS = "urakata.index-key-formats";
    private static final String VALUE_ORDER = "value-order-1";

    /** The store of the database under construction on this thread. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private BsonStoredDatabase(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    /** Opens (or creates) the database {@code databaseName} in {@code store}. */
    static BsonStoredDatabase open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        OPENING.set(store);
        try {
            return new BsonStoredDatabase(databaseName, store, cursorRegistry);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore store = this.store != null ? this.store : OPENING.get();
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = store.openMap("databases." + fullName,
                new MVMap.Builder<Object, Document>().valueType(cast(new BsonDocumentValues())));
        MVMap<String, Object> meta = store.openMap("meta." + fullName);
        return new BsonStoredCollection(this, collectionName, options, documents, meta, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore store = this.store != null ? this.store : OPENING.get();
        // The stock index's map name, so that dropping an index, a collection or the database finds it as before.
        String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        MVMap<String, String> formats = store.openMap(INDEX_KEY_FORMATS);
        List<Map.Entry<Object, Object>> written = new ArrayList<>();
        if (!VALUE_ORDER.equals(formats.get(mapName)) && store.hasMap(mapName)) {
            MVMap<Object, Object> stock = store.openMap(mapName);
            stock.forEach((key, position) -> written.add(Map.entry(key, position)));
            store.removeMap(stock);
        }
        MVMap<KeyValue, Object> entries = store.openMap(mapName, new MVMap.Builder<KeyValue, Object>()
                .keyType(cast(new IndexKeyValues())).valueType(cast(new BsonDocumentValues())));
        written.forEach(entry -> entries.put((KeyValue) entry.getKey(), entry.getValue()));
        formats.put(mapName, VALUE_ORDER);
        return new StoredUniqueIndex(entries, indexName, keys, sparse);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> org.h2.mvstore.type.DataType<T> cast(org.h2.mvstore.type.DataType<?> type) {
        return (org.h2.mvstore.type.DataType) type;
    }
}
