package dev.urakata.query.operations;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.urakata.query.readmodel.RoutedMongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Second instances of a processor's projection classes, built beside the live ones: each is constructed as Spring
 * would construct it, except that its {@code MongoTemplate} names every collection with a suffix of this rebuild
 * ({@code hr_employee_directory} becomes {@code hr_employee_directory__bg_1a2b3c4d}), so the projection code runs
 * unchanged and never touches a live collection. Events reach them through Axon's annotation adapter with the
 * application's parameter resolvers, in a unit of work with the processor's interceptors, as in the live processor.
 * Their inserts and upserts by id go out in bulk ({@link WriteBehindDatabase}).
 *
 * <p>A projection class qualifies when its constructor takes a {@code MongoTemplate} (or {@code MongoOperations}) and
 * no other MongoDB plumbing; one that keeps its state anywhere else cannot be rebuilt beside the live one.
 */
final class ShadowProjections {

    /** Supplies a constructor argument other than the MongoTemplate, as Spring would. */
    @FunctionalInterface
    interface Dependencies {
        Object resolve(Constructor<?> constructor, int index);
    }

    /** A projection class that cannot be rebuilt beside the live one. */
    static final class NotRebuildable extends RuntimeException {
        NotRebuildable(String message) {
            super(message, null, false, false);
        }
    }

    private final MongoDatabase database;
    private final String suffix;
    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
    private final List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors;
    private final Set<String> resetCollections = ConcurrentHashMap.newKeySet();
    private final WriteBehindDatabase writeBehind = new WriteBehindDatabase();
    private volatile boolean recording;

    private ShadowProjections(MongoDatabase database, String suffix,
                              List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors) {
        this.database = database;
        this.suffix = suffix;
        this.interceptors = List.copyOf(interceptors);
    }

    /**
     * Checks that every type can be rebuilt beside the live one, without building anything.
     *
     * @throws NotRebuildable naming the first type that cannot
     */
    static void check(List<Class<?>> types) {
        for (Class<?> type : types) {
            Constructor<?> constructor = constructor(type);
            boolean template = false;
            for (Class<?> parameter : constructor.getParameterTypes()) {
                if (parameter != Object.class && parameter.isAssignableFrom(MongoTemplate.class)) {
                    template = true;
                } else if (parameter.getName().startsWith("com.mongodb.")
                        || parameter.getName().startsWith("org.springframework.data.mongodb.")) {
                    throw new NotRebuildable(type.getSimpleName() + " takes a " + parameter.getSimpleName()
                            + "; only what it writes through a MongoTemplate can be built beside the live version");
                }
            }
            if (!template) {
                throw new NotRebuildable(type.getSimpleName() + " keeps its state elsewhere than in MongoDB "
                        + "through a MongoTemplate, so no second version of it can be built beside the live one");
            }
        }
    }

    /**
     * Builds a second instance of each type on {@code databaseName} with collections named {@code <name><suffix>}.
     *
     * @param converter the live template's converter, so documents are written exactly as the live ones
     */
    static ShadowProjections create(List<Class<?>> types, MongoClient client, String databaseName, String suffix,
                                    MongoConverter converter, Dependencies dependencies,
                                    ParameterResolverFactory parameterResolvers,
                                    Function<Class<?>, HandlerDefinition> handlerDefinitions,
                                    List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors) {
        check(types);
        ShadowProjections shadow = new ShadowProjections(client.getDatabase(databaseName), suffix, interceptors);
        MongoTemplate template = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, databaseName) {
            // One wrapped database per name: the template asks for it on every call, and wrapping it anew made two
            // proxies per write of a rebuild that writes tens of thousands.
            private final Map<String, MongoDatabase> wrapped = new ConcurrentHashMap<>();

            @Override
            protected MongoDatabase doGetMongoDatabase(String name) {
                return wrapped.computeIfAbsent(name, n -> shadow.writeBehind.wrap(RoutedMongoDatabase.shadow(
                        super.doGetMongoDatabase(n), shadow::physical)));
            }
        }, converter);
        for (Class<?> type : types) {
            Object instance = instantiate(type, template, dependencies);
            shadow.handlers.add(new AnnotationEventHandlerAdapter(instance, parameterResolvers,
                    handlerDefinitions.apply(type)));
        }
        return shadow;
    }

    /**
     * Runs the projections' {@code @ResetHandler}s on the (empty) new version: they name every collection the
     * projections own, including any that no event fills, so that those switch too (to an empty collection, as a
     * reset in place would leave them).
     */
    void reset() {
        recording = true;
        try {
            handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
        } finally {
            recording = false;
        }
    }

    /** Hands one event to every projection that handles it, as the live processor would. */
    void apply(EventMessage<?> event) throws Exception {
        if (handlers.stream().noneMatch(handler -> handler.canHandle(event))) {
            return; // as the live processor, which does not hand an event to handlers that cannot handle it
        }
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        ResultMessage<?> result = unitOfWork.executeWithResult(() ->
                new DefaultInterceptorChain<EventMessage<?>>(unitOfWork, interceptors, message -> {
                    for (AnnotationEventHandlerAdapter handler : handlers) {
                        if (handler.canHandle(message)) {
                            handler.handle(message);
                        }
                    }
                    return null;
                }).proceed());
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    /** Sends the writes that wait to go out in bulk (see {@link WriteBehindDatabase}). */
    void flush() {
        writeBehind.flush();
    }

    /**
     * The collections of the new version, logical name to physical name: those it has written, and those its reset
     * handlers name (created empty if no event filled them). Sends every waiting write first.
     */
    Map<String, String> collections() {
        flush();
        Map<String, String> collections = new TreeMap<>();
        for (String physical : database.listCollectionNames()) {
            if (physical.endsWith(suffix)) {
                collections.put(physical.substring(0, physical.length() - suffix.length()), physical);
            }
        }
        for (String logical : resetCollections) {
            if (!collections.containsKey(logical)) {
                database.createCollection(physical(logical));
                collections.put(logical, physical(logical));
            }
        }
        return collections;
    }

    /** Drops every collection of the new version (after a failure). */
    void drop() {
        for (String physical : database.listCollectionNames()) {
            if (physical.endsWith(suffix)) {
                database.getCollection(physical).drop();
            }
        }
    }

    private String physical(String logical) {
        if (recording) {
            resetCollections.add(logical);
        }
        return logical + suffix;
    }

    private static Object instantiate(Class<?> type, MongoTemplate template, Dependencies dependencies) {
        Constructor<?> constructor = constructor(type);
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = parameters[i] != Object.class && parameters[i].isAssignableFrom(MongoTemplate.class)
                    ? template : dependencies.resolve(constructor, i);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not construct a second " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not construct a second " + type.getSimpleName(), e);
        }
    }

    /** The constructor Spring uses: the only one, or the one marked {@code @Autowired}. */
    private static Constructor<?> constructor(Class<?> type) {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (constructors.length == 1) {
            return constructors[0];
        }
        return Arrays.stream(constructors)
                .filter(c -> c.isAnnotationPresent(Autowired.class))
                .findFirst()
                .orElseThrow(() -> new NotRebuildable(type.getSimpleName()
                        + " has several constructors and none is marked @Autowired"));
    }
}
