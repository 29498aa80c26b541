package dev.urakata.config.storage;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The embedded MongoDB-wire server's storage, made crash-safe per operation: what it acknowledged is in the file,
 * and the file never holds half an operation.
 *
 * <p>The stock H2 backend opens its MVStore with auto-commit, a background thread that writes whatever has changed
 * about once a second. A process killed in that second loses writes it had acknowledged: a subject's new
 * encryption key (the event it encrypted is already in the event store, so that person's data would be
 * unreadable for good), a unique-key claim, a saga's progress. And a background commit can fall between the
 * two map updates of one document write (its data and its index), which a crash then leaves torn.
 *
 * <p>Here auto-commit is off. Every request runs under a shared lock; when it has changed anything, the store is
 * committed under the exclusive lock before the reply goes back, so a commit holds only whole operations and
 * precedes the acknowledgement. Concurrent requests share one commit. (A commit writes to the operating system,
 * which keeps the data when the process dies; only a power loss could take the last commits with it.)
 */
final class DurableH2Backend extends H2Backend {

    private final MVStore store;
    private final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();
    /** How deep this thread is in request handling: a request may call another entry point of the backend. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * Rewrites sparse chunks now and then. With auto-commit off, the store's background thread, which also did this
     * housekeeping, does not run; without it every commit adds a chunk and the file only grows.
     */
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-mongo-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        housekeeping.scheduleWithFixedDelay(this::compact, HOUSEKEEPING_SECONDS, HOUSEKEEPING_SECONDS,
                TimeUnit.SECONDS);
    }

    private static final long HOUSEKEEPING_SECONDS = 5;
    private static final int TARGET_FILL_RATE = 80;
    private static final int REWRITE_BYTES = 16 * 1024 * 1024;

    private void compact() {
        commitLock.writeLock().lock();
        try {
            if (!store.isClosed()) {
                store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
                store.commit();
            }
        } catch (RuntimeException e) {
            // Housekeeping only: the data is committed either way; try again at the next round.
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        commitLock.writeLock().lock();
        try {
            super.close();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** The backend over {@code file}, created when missing. */
    static DurableH2Backend open(Path file) {
        return new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return committed(() -> super.handleCommand(channel, database, command, query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return committed(() -> super.handleMessage(message));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return committed(() -> super.handleQuery(query));
    }

    private <T> T committed(Supplier<T> request) {
        int[] level = depth.get();
        T result;
        commitLock.readLock().lock();
        level[0]++;
        try {
            result = request.get();
        } finally {
            level[0]--;
            commitLock.readLock().unlock();
        }
        if (level[0] == 0 && store.hasUnsavedChanges()) {
            commitLock.writeLock().lock();
            try {
                store.commit();
            } finally {
                commitLock.writeLock().unlock();
            }
        }
        return result;
    }
}
