package dev.urakata.query.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A {@link MongoDatabase} whose collections are looked up under another name, so projection code can keep naming its
 * collections by constants while they physically live elsewhere.
 *
 * <p>Two uses: {@linkplain #routing routing} sends the live application to wherever a blue-green rebuild switched a
 * read model; {@linkplain #shadow shadow} gives a projection being rebuilt beside the live one collections of its own.
 * A shadow also refuses the few operations that could name a collection without going through
 * {@code getCollection} (commands, {@code $lookup}/{@code $out}/{@code $merge} stages, renames), because such a name
 * would reach the live collection of the same name.
 */
public final class RoutedMongoDatabase {

    private static final Set<String> CROSS_COLLECTION_STAGES =
            Set.of("$lookup", "$graphLookup", "$unionWith", "$out", "$merge");
    private static final Set<String> REFUSED_ON_DATABASE =
            Set.of("runCommand", "aggregate", "watch", "drop", "createView");
    private static final Set<String> REFUSED_ON_COLLECTION = Set.of("mapReduce", "watch", "renameCollection");

    private RoutedMongoDatabase() {
    }

    /** Looks every collection up under {@code physicalName.apply(name)}. */
    public static MongoDatabase routing(MongoDatabase target, UnaryOperator<String> physicalName) {
        return database(target, physicalName, false);
    }

    /**
     * Looks every collection up under {@code physicalName.apply(name)} and refuses what could bypass that mapping.
     */
    public static MongoDatabase shadow(MongoDatabase target, UnaryOperator<String> physicalName) {
        return database(target, physicalName, true);
    }

    private static MongoDatabase database(MongoDatabase target, UnaryOperator<String> physicalName, boolean strict) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (strict && REFUSED_ON_DATABASE.contains(name)) {
                throw refused("MongoDatabase." + name);
            }
            if (name.equals("getCollection") || name.equals("createCollection")) {
                renameFirstString(args, physicalName);
            }
            Object result = invoke(target, method, args);
            if (result instanceof MongoDatabase database) {
                return database(database, physicalName, strict);
            }
            if (strict && result instanceof MongoCollection<?> collection) {
                return guarded(collection);
            }
            return result;
        };
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                new Class<?>[]{MongoDatabase.class}, handler);
    }

    private static MongoCollection<?> guarded(MongoCollection<?> target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (REFUSED_ON_COLLECTION.contains(name)) {
                throw refused("MongoCollection." + name);
            }
            if (name.equals("aggregate")) {
                for (Object arg : args) {
                    if (arg instanceof List<?> pipeline) {
                        checkPipeline(target, pipeline);
                    }
                }
            }
            Object result = invoke(target, method, args);
            return result instanceof MongoCollection<?> collection ? guarded(collection) : result;
        };
        return (MongoCollection<?>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[]{MongoCollection.class}, handler);
    }

    private static void checkPipeline(MongoCollection<?> collection, List<?> pipeline) {
        for (Object stage : pipeline) {
            if (stage instanceof Bson bson) {
                BsonDocument document = bson.toBsonDocument(BsonDocument.class, collection.getCodecRegistry());
                if (!document.isEmpty() && CROSS_COLLECTION_STAGES.contains(document.getFirstKey())) {
                    throw refused("an aggregation stage " + document.getFirstKey());
                }
            }
        }
    }

    private static void renameFirstString(Object[] args, UnaryOperator<String> physicalName) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String logical) {
                args[i] = physicalName.apply(logical);
                return;
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

    private static UnsupportedOperationException refused(String what) {
        return new UnsupportedOperationException(what + " is not available to a projection rebuilt beside the live "
                + "one: it could reach a live collection. Rebuild it in place (reset) instead.");
    }
}
