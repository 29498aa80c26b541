package dev.urakata.config.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database of the embedded MongoDB-wire server whose collections keep their documents as BSON
 * ({@link BsonDocumentValues}); otherwise the stock H2 database, indexes included.
 *
 * <p>The stock constructor already opens every existing collection, before this class's fields are set; the store
 * reaches those calls through {@link #OPENING}, so that every collection is opened the same way.
 */
final class BsonStoredDatabase extends H2Database {

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
        return new H2Collection(this, collectionName, options, documents, meta, cursorRegistry);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.h2.mvstore.type.DataType<Document> cast(BsonDocumentValues values) {
        return (org.h2.mvstore.type.DataType) values;
    }
}
