package dev.urakata.config.storage;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

import java.util.concurrent.TimeUnit;

/**
 * One round of housekeeping of an H2 store file whose own background writer does not run (the event database with
 * {@code WRITE_DELAY=0}, the embedded MongoDB-wire server with auto-commit off), every few seconds. H2's writer
 * would do the same three things; without them every commit appends a chunk and the file only grows:
 * <ol>
 *   <li>live pages of sparse chunks are rewritten (at most 2 MB a round, 16 MB once quiet), so that old chunks hold
 *   nothing live;</li>
 *   <li>chunks that hold nothing live are freed; H2 frees them only as part of a write, and only once they are older
 *   than its retention time (45 s, the time the operating system is trusted to have written a commit), so after a
 *   burst of writes they stayed allocated for good;</li>
 *   <li>once the file is sparse, live chunks at its end are moved into the holes (at most 16 MB a round) and the file
 *   is cut short.</li>
 * </ol>
 * The last two run only while the store is quiet (see {@link #round}). An idle, compact store is left alone: each
 * step does nothing when there is nothing to gain, so the file neither churns nor grows while nobody writes.
 * Measured with the bench profile's size section (3,000 events): 70 MB when the load ended and 90 s after it without
 * the last two steps; see the README for the figures with them.
 *
 * <p>The moves take H2's store lock, as its own writer does, so they are safe beside running transactions. (Moving
 * everything at once with {@code MVStore.compactFile} is not: it sets the retention time to zero for good, and on
 * the event database that closed the database under the application.)
 *
 * <p>A quiet store gives its space back at once, not after H2's retention time. The retention time is there for a
 * power loss: a superseded chunk must not be overwritten before the commits that superseded it are on the disk. A
 * quiet round forces the file to the disk first, under a lock that keeps commits out until it is done (see
 * {@link #reclaim}); only then, and only for that round, may superseded chunks be reused. Waiting out the retention
 * time instead left the MongoDB-wire server's file at 205 MB for 25 MB of chunks 90 s after the bench's 20,000
 * events: each step (rewrite a sparse chunk, free the old one, move, cut) waited its own 45 s, and a chunk that died
 * young at the head of H2's queue of dead chunks held back all the older ones behind it.
 */
final class StoreFileCompaction {

    private static final int TARGET_FILL_RATE = 80;
    private static final int REWRITE_BYTES = 2 * 1024 * 1024;
    /**
     * What a quiet round rewrites and moves at most. Nobody was waiting for the store when the round began; a request
     * that comes meanwhile waits for the moves, as it would behind a large commit.
     */
    private static final int QUIET_BYTES = 16 * 1024 * 1024;
    /**
     * How long a store must have been quiet, and how long it is then left alone once a round found nothing to do.
     * Right after a load the quiet rounds give space back in steps (each round rewrites and moves a bounded amount), so
     * a round with nothing to do then says little about the next. Looking every five seconds at a store with nothing
     * to do was most of what an idle instance spent on housekeeping.
     */
    static final long RESTING_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final boolean exclusive;
    private long previousVersion = -1; // the store's version after the previous round
    private long quietSince; // System.nanoTime() of the first round that found the store quiet, or 0
    private long restingSince; // System.nanoTime() of the round that found nothing to do once settled, or 0

    /** Housekeeping for a store that may commit while a round runs (the event database). */
    StoreFileCompaction() {
        this(false);
    }

    /**
     * @param exclusive whether nothing but the round commits to the store while a round runs (the embedded
     *                  MongoDB-wire server holds every request back for it); only then does a quiet round rewrite
     *                  chunks younger than H2's retention time too
     */
    StoreFileCompaction(boolean exclusive) {
        this.exclusive = exclusive;
    }

    /**
     * Does one round on {@code store}, which is busy whatever its version says when {@code writesWaiting} (the
     * embedded server's writes that wait for a commit: a rebuild's scratch writes commit only every few seconds, and a
     * round that took them for a quiet store committed them and moved chunks under the rebuild). The event database
     * passes false: each of its writes is committed by the transaction that makes it ({@code WRITE_DELAY=0}), so a
     * write shows in the store's version.
     * Sparse chunks are rewritten while writes go on; unused chunks are freed and live ones moved only once the store
     * is quiet (no commit but this housekeeping's since the previous round), because moving holds H2's store lock,
     * and a commit waiting behind it in the middle of a load was a request waiting seconds.
     * A store quiet for {@link #RESTING_NANOS} that a round found nothing to do for is looked at again only that long
     * after.
     */
    void round(MVStore store, boolean writesWaiting) {
        long now = System.nanoTime();
        long version = store.getCurrentVersion();
        boolean quiet = version == previousVersion && !writesWaiting;
        if (!quiet) {
            quietSince = 0;
        } else if (quietSince == 0) {
            quietSince = now;
        }
        if (quiet && restingSince != 0 && now - restingSince < RESTING_NANOS) {
            return;
        }
        if (!quiet) {
            if (store.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
                store.commit();
            }
        } else if (store.getFileStore() instanceof RandomAccessStore file) {
            reclaim(store, file);
        }
        previousVersion = store.getCurrentVersion();
        boolean settled = quiet && now - quietSince >= RESTING_NANOS;
        restingSince = settled && previousVersion == version ? now : 0;
    }

    /**
     * Rewrites the sparse chunks of a quiet store. H2 rewrites only chunks older than its retention time (45 s), so
     * on the read models' store the sparse chunks a load wrote in its last 45 s stayed as they were: 90 s after the
     * bench's load 28 % of the file was dead, one 5 MB chunk 1 % used (2026-12-07). On an exclusive store young chunks
     * are rewritten too. The retention time is set aside for that only after the file is forced to the disk, and no
     * other commit can come meanwhile: a chunk the rewrite's commit may then reuse was superseded by commits already
     * on the disk (the same rule as in {@link #reclaim}).
     */
    private void rewriteSparseChunks(MVStore store) {
        int retention = store.getRetentionTime();
        if (exclusive) {
            store.sync();
            store.setRetentionTime(0);
        }
        try {
            if (store.compact(TARGET_FILL_RATE, QUIET_BYTES)) {
                store.commit(); // the chunks rewritten from are superseded: freed in reclaim, after the sync
            }
        } finally {
            store.setRetentionTime(retention);
        }
    }

    /**
     * Rewrites the sparse chunks of a quiet store, frees the chunks that hold nothing live, moves the live ones to the
     * front and cuts the file short, without waiting for H2's retention time (see the class comment).
     *
     * <p>The freeing and moving run under H2's store lock, which every commit takes too: the file is forced to the
     * disk first, and no commit can come between that and the reuse of the chunks it superseded. H2 would also wait
     * until a few versions (commits) have passed since a chunk was superseded, and a quiet store makes none, so for the
     * round that rule is set aside too: readers that need an old version register it with the store, as H2's SQL
     * engine does for every statement (and the embedded MongoDB-wire server lets no request run during a round).
     */
    private void reclaim(MVStore store, RandomAccessStore file) {
        rewriteSparseChunks(store);
        store.executeFilestoreOperation(() -> {
            int retention = store.getRetentionTime();
            int versions = (int) store.getVersionsToKeep();
            store.sync();
            store.setRetentionTime(0);
            store.setVersionsToKeep(0);
            try {
                file.compactMoveChunks(TARGET_FILL_RATE, QUIET_BYTES, store);
            } finally {
                store.setVersionsToKeep(versions);
                store.setRetentionTime(retention);
            }
        });
        if (store.hasUnsavedChanges()) {
            store.commit(); // the freed chunks leave the file's layout
        }
    }
}
