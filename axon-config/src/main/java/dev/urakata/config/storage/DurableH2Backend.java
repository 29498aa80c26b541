package dev.urakata.config.storage;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>Three kinds of request commit nothing themselves: reads; writes with the write concern {@code j: false}, which
 * MongoDB too acknowledges before its journal has them (a processor's token and a projection's writes for a batch of
 * events), committed by the next journaled write or at the latest {@value #GROUP_COMMIT_MILLIS} ms later, in one
 * commit of the whole store for all of them (so a token is never on disk without the writes made before it); and
 * writes to {@link ScratchCollections} (the new version a blue-green rebuild builds beside the live one). Nobody
 * relies on a scratch write surviving a crash: a rebuild killed half-way is abandoned and its collections are dropped,
 * and the write that switches the routes to a finished rebuild commits the whole store, its collections included.
 * Committing each of a rebuild's writes made it apply about a twentieth of what bulk writes of the same documents
 * reach. Nor does the group commit commit scratch writes on their own more often than every
 * {@value #SCRATCH_COMMIT_MILLIS} ms (which bounds the memory they hold): a commit writes every page changed since
 * the last one, and a rebuild's new version changes most of its pages within a second (its keys are random), so the
 * ten group commits a second made the audit trail's rebuild spend most of its CPU writing the same pages again.
 */
final class DurableH2Backend extends H2Backend {

    private final MVStore store;
    private final StoreFileCompaction compaction = new StoreFileCompaction(true); // rounds hold every request back
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

    private final ScratchCollections scratch;
    /**
     * Whether a write that is not a scratch write may be uncommitted: set after an unjournaled write, cleared before a
     * commit. Scratch writes alone leave it clear, so that the group commit leaves them in memory.
     */
    private final AtomicBoolean durableWritePending = new AtomicBoolean();

    private final long groupCommitMillis;
    private final long scratchCommitNanos;
    /**
     * {@link System#nanoTime()} at which the earliest scheduled group commit runs, or {@link Long#MAX_VALUE} when none
     * is. A group commit is scheduled by the write that needs it, not run on a timer: ten wake-ups a second to find
     * nothing to commit were a tenth of what an idle instance spent.
     */
    private final AtomicLong groupCommitDue = new AtomicLong(Long.MAX_VALUE);
    /** {@link System#nanoTime()} of the last commit a request or the group commit made. */
    private volatile long lastCommit = System.nanoTime();

    private DurableH2Backend(MVStore store, ScratchCollections scratch, long groupCommitMillis,
                             long scratchCommitMillis) {
        super(store);
        this.store = store;
        this.scratch = scratch;
        this.scratchCommitNanos = TimeUnit.MILLISECONDS.toNanos(scratchCommitMillis);
        this.groupCommitMillis = groupCommitMillis;
        housekeeping.scheduleWithFixedDelay(this::compact, HOUSEKEEPING_SECONDS, HOUSEKEEPING_SECONDS,
                TimeUnit.SECONDS);
    }

    /** How long an unjournaled write waits at most for the commit that makes it durable. */
    static final long GROUP_COMMIT_MILLIS = 100;
    /** How long the group commit leaves scratch writes alone after the last commit. */
    static final long SCRATCH_COMMIT_MILLIS = 10_000;
    /** Housekeeping rounds ({@link StoreFileCompaction}), each under the exclusive lock. */
    private static final long HOUSEKEEPING_SECONDS = 5;

    /** Commands that change nothing: a request made only of these commits nothing. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "ping", "hello", "ismaster", "buildinfo", "killcursors", "endsessions",
            "serverstatus", "dbstats", "collstats", "getlasterror", "getlog", "hostinfo", "whatsmyuri",
            "getparameter", "connectionstatus", "getcmdlineopts", "getfreemonitoringstatus");
    /** Commands that write documents of the collection they name. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify");

    private void compact() {
        if (store.isClosed()) {
            return;
        }
        commitLock.writeLock().lock(); // no request half-way while pages are rewritten
        try {
            if (!store.isClosed()) {
                compaction.round(store, store.hasUnsavedChanges());
            }
        } catch (RuntimeException e) {
            // Housekeeping only: the data is committed either way; try again at the next round.
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /**
     * Commits what unjournaled writes left uncommitted (a processor's token and projection writes), so that they are
     * durable within {@value #GROUP_COMMIT_MILLIS} ms even when no journaled write comes after them: one commit for
     * everything written meanwhile, however many processors wrote.
     */
    private void groupCommit() {
        groupCommitDue.set(Long.MAX_VALUE); // a write from here on schedules the next one
        if (store.isClosed() || !store.hasUnsavedChanges()) {
            return;
        }
        long sinceCommit = System.nanoTime() - lastCommit;
        if (!durableWritePending.get() && sinceCommit < scratchCommitNanos) {
            // Scratch writes only, and recent: the next durable write or the switch commits them, or this, later.
            scheduleGroupCommit(TimeUnit.NANOSECONDS.toMillis(scratchCommitNanos - sinceCommit) + 1);
            return;
        }
        commitLock.writeLock().lock();
        try {
            if (!store.isClosed()) {
                commitUnderLock();
            }
        } catch (RuntimeException e) {
            scheduleGroupCommit(groupCommitMillis); // again, unless a journaled write commits it first
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /**
     * Schedules a group commit in {@code delayMillis}, unless one is scheduled to run as early. (A later one may be
     * scheduled: scratch writes alone wait seconds, an unjournaled write after them must not.)
     */
    private void scheduleGroupCommit(long delayMillis) {
        long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        long scheduled;
        do {
            scheduled = groupCommitDue.get();
            if (scheduled != Long.MAX_VALUE && scheduled - due <= 0) {
                return;
            }
        } while (!groupCommitDue.compareAndSet(scheduled, due));
        try {
            housekeeping.schedule(this::groupCommit, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // closed: closing the store commits
        }
    }

    /**
     * Commits the store; the caller holds the exclusive lock. A failed commit leaves an unjournaled write still
     * pending, so that the group commit tries again.
     */
    private void commitUnderLock() {
        boolean pending = durableWritePending.getAndSet(false);
        try {
            store.commit();
            lastCommit = System.nanoTime();
        } catch (RuntimeException e) {
            durableWritePending.compareAndSet(false, pending);
            throw e;
        }
    }

    /** Each database keeps its documents as BSON ({@link BsonStoredDatabase}). */
    @Override
    protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String databaseName) {
        return BsonStoredDatabase.open(databaseName, getMvStore(), getCursorRegistry());
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
    static DurableH2Backend open(Path file, ScratchCollections scratch) {
        return open(file, scratch, GROUP_COMMIT_MILLIS);
    }

    /** As {@link #open(Path, ScratchCollections)}, committing unjournaled writes every {@code groupCommitMillis}. */
    static DurableH2Backend open(Path file, ScratchCollections scratch, long groupCommitMillis) {
        return open(file, scratch, groupCommitMillis, SCRATCH_COMMIT_MILLIS);
    }

    /**
     * As {@link #open(Path, ScratchCollections, long)}, scratch writes committed alone this long after a commit.
     *
     * <p>Pages are compressed with Deflate, not LZF: the read models' documents (field names, UUIDs, dates and codes
     * repeated from document to document) take about a third less space on disk (10.2 MB against 6.7 MB for the
     * same 20,000 events; 66.5 MB against 45.4 MB for the 106,000 of a full bench run), and no throughput figure
     * of the bench moved beyond its noise. Pages written before with LZF stay readable: each says how it is
     * compressed.
     */
    static DurableH2Backend open(Path file, ScratchCollections scratch, long groupCommitMillis,
                                 long scratchCommitMillis) {
        MVStore store = compressed(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled()).open();
        return new DurableH2Backend(store, scratch, groupCommitMillis, scratchCommitMillis);
    }

    /** {@code builder} compressing pages as this backend's file does; its start-up rewrite uses the same. */
    static MVStore.Builder compressed(MVStore.Builder builder) {
        return builder.compressHigh();
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return committed(durability(command, query), () -> super.handleCommand(channel, database, command, query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document document = message.getDocument();
        String command = document.isEmpty() ? "" : document.keySet().iterator().next();
        return committed(durability(command, document), () -> super.handleMessage(message));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return committed(Durability.NOW, () -> super.handleQuery(query));
    }

    /** When what a request changes must be in the file. */
    enum Durability {
        /** The request changes nothing. */
        NONE,
        /** Only a blue-green rebuild's new version: whenever the next durable write or the switch commits it. */
        SCRATCH,
        /** Unjournaled ({@code j: false}): within {@value #GROUP_COMMIT_MILLIS} ms, by the group commit at most. */
        SOON,
        /** Before the reply goes back. */
        NOW
    }

    /** When a request's changes must be durable; anything not understood is committed before the reply. */
    Durability durability(String command, Document body) {
        String name = command.toLowerCase(Locale.ROOT);
        if (READS.contains(name)) {
            return Durability.NONE;
        }
        if ("aggregate".equals(name)) {
            return writesOut(body.get("pipeline")) ? Durability.NOW : Durability.NONE;
        }
        if (WRITES.contains(name) && body.get(command) instanceof String collection) {
            if (scratch.contains(collection)) {
                return Durability.SCRATCH;
            }
            boolean unjournaled = body.get("writeConcern") instanceof Document concern
                    && Boolean.FALSE.equals(concern.get("j"));
            return unjournaled ? Durability.SOON : Durability.NOW;
        }
        return Durability.NOW;
    }

    /** Whether a pipeline ends in a stage that writes a collection ({@code $out}, {@code $merge}). */
    private static boolean writesOut(Object pipeline) {
        if (!(pipeline instanceof Iterable<?> stages)) {
            return true; // not understood: commit, to be safe
        }
        for (Object stage : stages) {
            if (stage instanceof Document document
                    && (document.containsKey("$out") || document.containsKey("$merge"))) {
                return true;
            }
        }
        return false;
    }

    private <T> T committed(Durability durability, Supplier<T> request) {
        int[] level = depth.get();
        T result;
        commitLock.readLock().lock();
        level[0]++;
        try {
            result = request.get();
        } finally {
            if (durability == Durability.SOON) {
                durableWritePending.set(true); // before the lock is given up, so no group commit falls in between
            }
            level[0]--;
            commitLock.readLock().unlock();
        }
        if (durability == Durability.SOON || durability == Durability.SCRATCH) {
            scheduleGroupCommit(groupCommitMillis);
        }
        if (durability == Durability.NOW && level[0] == 0 && store.hasUnsavedChanges()) {
            commitLock.writeLock().lock();
            try {
                commitUnderLock();
            } finally {
                commitLock.writeLock().unlock();
            }
        }
        return result;
    }
}
