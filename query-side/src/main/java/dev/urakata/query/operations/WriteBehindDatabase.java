package dev.urakata.query.operations;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.InsertOneResult;
import com.mongodb.client.result.UpdateResult;
import org.bson.conversions.Bson;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database a rebuild's new version writes to, sending its plain writes in bulk: a document inserted, or replaced
 * by {@code _id} with upsert (what {@code MongoTemplate.insert} and {@code save} do), waits in a buffer of its
 * collection and goes out with up to {@value #BATCH} others in one ordered bulk write. Anything else done to a
 * collection (a read, an update, a find-and-modify, a count) first sends what waits for that collection, so a
 * projection reads its own writes exactly as it would without the buffer; {@link #flush()} sends the rest, before the
 * new version is counted complete.
 *
 * <p>Why: a rebuild applies events one by one, and one round trip per document made it reach about a tenth of what
 * bulk writes of the same documents reach. Only a rebuild's new version is built this way: nothing reads it but the
 * projection building it until the switch, and a failed write fails the whole rebuild (reported against the event
 * whose write sent the batch, not always the one that made the failing document).
 */
final class WriteBehindDatabase {

    static final int BATCH = 500;

    private final Map<MongoNamespace, Pending> pending = new LinkedHashMap<>();

    /** {@code target} with its collections' plain writes buffered here. */
    MongoDatabase wrap(MongoDatabase target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof MongoDatabase database) {
                return wrap(database);
            }
            if (result instanceof MongoCollection<?> collection) {
                return collection(collection);
            }
            return result;
        };
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                new Class<?>[]{MongoDatabase.class}, handler);
    }

    /** Sends every buffered write. */
    synchronized void flush() {
        for (Pending writes : pending.values()) {
            writes.send();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private MongoCollection<?> collection(MongoCollection<?> target) {
        InvocationHandler handler = (proxy, method, args) -> {
            synchronized (this) {
                String name = method.getName();
                Pending writes = pending.computeIfAbsent(target.getNamespace(), ns -> new Pending());
                writes.target = (MongoCollection) target;
                if (name.equals("insertOne") && args.length == 1) {
                    return writes.add(new InsertOneModel<>(args[0]), InsertOneResult.acknowledged(null));
                }
                if (name.equals("replaceOne") && args.length == 3 && args[0] instanceof Bson filter
                        && args[2] instanceof ReplaceOptions options && options.isUpsert()) {
                    return writes.add(new ReplaceOneModel<>(filter, args[1], options),
                            UpdateResult.acknowledged(1, 1L, null));
                }
                if (!name.startsWith("get") && !name.startsWith("with")) {
                    writes.send(); // the projection reads or changes the collection: it must see its own writes
                }
                Object result = invoke(target, method, args);
                return result instanceof MongoCollection<?> collection ? collection(collection) : result;
            }
        };
        return (MongoCollection<?>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[]{MongoCollection.class}, handler);
    }

    /** The writes waiting for one collection. */
    private static final class Pending {
        private final List<WriteModel<Object>> models = new ArrayList<>();
        private MongoCollection<Object> target;

        Object add(WriteModel<Object> model, Object answer) {
            models.add(model);
            if (models.size() >= BATCH) {
                send();
            }
            return answer;
        }

        void send() {
            if (!models.isEmpty()) {
                List<WriteModel<Object>> batch = List.copyOf(models);
                models.clear();
                target.bulkWrite(batch, new BulkWriteOptions().ordered(true));
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
