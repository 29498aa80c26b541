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
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.conversions.Bson;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * projection building it until the switch, and a failed write fails the whole rebuild (reported against a later
 * event, not the one that made the failing document).
 *
 * <p>A full batch goes out on a thread of its own while the rebuild applies the next events: the server stores one
 * batch while the projection makes the next, on two cores instead of one after the other (the rebuild thread used to
 * wait about a third of its time for the server's answer). At most one batch is on its way; anything else waits for
 * it first, so the order of writes and reads is the projection's.
 */
final class WriteBehindDatabase {

    static final int BATCH = 500;

    /** Threads that send full batches; idle ones end after a minute. */
    private static final ExecutorService SENDERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "blue-green-write-behind");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<MongoNamespace, Pending> pending = new LinkedHashMap<>();
    /** The batch on its way, if any. */
    private Future<?> sending = CompletableFuture.completedFuture(null);

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
        awaitSent();
        for (Pending writes : pending.values()) {
            writes.send();
        }
    }

    /** Waits for the batch on its way; its failure is this write's (or read's) failure. */
    private void awaitSent() {
        try {
            sending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a batch of the new version was being written", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException(e.getCause());
        }
    }

    /** Sends {@code batch} on a sender thread, once the one before it has gone out. */
    private void sendLater(MongoCollection<Object> target, List<WriteModel<Object>> batch) {
        awaitSent();
        sending = SENDERS.submit(() -> write(target, batch));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private MongoCollection<?> collection(MongoCollection<?> target) {
        InvocationHandler handler = (proxy, method, args) -> {
            synchronized (this) {
                String name = method.getName();
                Pending writes = pending.computeIfAbsent(target.getNamespace(), ns -> new Pending());
                writes.target = (MongoCollection) target;
                if (name.equals("insertOne") && args.length == 1) {
                    return writes.add(new InsertOneModel<>(frozen(target, args[0])),
                            InsertOneResult.acknowledged(null));
                }
                if (name.equals("replaceOne") && args.length == 3 && args[0] instanceof Bson filter
                        && args[2] instanceof ReplaceOptions options && options.isUpsert()) {
                    return writes.add(new ReplaceOneModel<>(filter, frozen(target, args[1]), options),
                            UpdateResult.acknowledged(1, 1L, null));
                }
                if (!name.startsWith("get") && !name.startsWith("with")) {
                    awaitSent();
                    writes.send(); // the projection reads or changes the collection: it must see its own writes
                }
                Object result = invoke(target, method, args);
                return result instanceof MongoCollection<?> collection ? collection(collection) : result;
            }
        };
        return (MongoCollection<?>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[]{MongoCollection.class}, handler);
    }

    /**
     * The document as BSON bytes, encoded now: it goes out later, on another thread, and a projection may change the
     * object it saved once the call returned.
     */
    @SuppressWarnings("unchecked")
    private static Object frozen(MongoCollection<?> target, Object document) {
        if (document instanceof RawBsonDocument) {
            return document;
        }
        Codec<Object> codec = (Codec<Object>) target.getCodecRegistry().get(document.getClass());
        return new RawBsonDocument(document, codec);
    }

    /** One ordered bulk write of frozen documents (no codec of the projection's is needed for them). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void write(MongoCollection<Object> target, List<WriteModel<Object>> batch) {
        target.withDocumentClass(RawBsonDocument.class).bulkWrite((List) batch, new BulkWriteOptions().ordered(true));
    }

    /** The writes waiting for one collection. */
    private final class Pending {
        private final List<WriteModel<Object>> models = new ArrayList<>();
        private MongoCollection<Object> target;

        Object add(WriteModel<Object> model, Object answer) {
            models.add(model);
            if (models.size() >= BATCH) {
                List<WriteModel<Object>> batch = List.copyOf(models);
                models.clear();
                sendLater(target, batch);
            }
            return answer;
        }

        /** Sends what waits now, on this thread (the batch on its way has gone out). */
        void send() {
            if (!models.isEmpty()) {
                List<WriteModel<Object>> batch = List.copyOf(models);
                models.clear();
                write(target, batch);
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
