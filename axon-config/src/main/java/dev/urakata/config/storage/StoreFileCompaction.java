package dev.urakata.config.storage;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

import java.util.concurrent.TimeUnit;

/**
 * One round of housekeeping of an H2 store file whose own background writer does not run (the event database with
 * {@code WRITE_DELAY=0}, the embedded MongoDB-wire server with auto-commit off), every few seconds. H2's writer
 * would do the same three things; without them every commit appends a chunk and the file only grows:
 * <ol>
 *   <li>live pages of sparse chunks are rewritten (at most 2 MB a round), so that old chunks hold nothing live;</li>
 *   <li>chunks that hold nothing live and were superseded longer ago than H2's retention time (45 s, the time the
 *   operating system is trusted to have written a commit) are freed; H2 frees them only as part of a write, so
 *   after a burst of writes they stayed allocated for good;</li>
 *   <li>once the file is sparse, live chunks at its end are moved into the holes (at most 4 MB a round) and the file
 *   is cut short.</li>
 * </ol>
 * The last two run only while the store is quiet (see {@link #round}). An idle, compact store is left alone: each
 * step does nothing when there is nothing to gain, so the file neither churns nor grows while nobody writes. Measured with the bench profile's size section (3,000 events): 70 MB when the
 * load ended before and 90 s after it without the last two steps; see the README for the figures with them.
 *
 * <p>The moves take H2's store lock, as its own writer does, so they are safe beside running transactions. (Moving
 * everything at once with {@code MVStore.compactFile} is not: it sets the retention time to zero for good, and on
 * the event database that closed the database under the application.)
 */
final class StoreFileCompaction {

    private static final int TARGET_FILL_RATE = 80;
    private static final int REWRITE_BYTES = 2 * 1024 * 1024;
    private static final int MOVE_BYTES = 4 * 1024 * 1024;
    /**
     * How long a store must have been quiet, and how long it is then left alone once a round found nothing to do.
     * Longer than H2's retention time (45 s): a chunk superseded less than that ago can be freed only by a later
     * round, so before that a round with nothing to do says nothing about the next. Looking every five seconds at a
     * store with nothing to do was most of what an idle instance spent on housekeeping.
     */
    static final long RESTING_NANOS = TimeUnit.SECONDS.toNanos(60);

    private long previousVersion = -1; // the store's version after the previous round
    private long quietSince; // System.nanoTime() of the first round that found the store quiet, or 0
    private long restingSince; // System.nanoTime() of the round that found nothing to do once settled, or 0

    /**
     * Does one round on {@code store}; the caller makes sure nothing else writes to it meanwhile if that matters.
     * Sparse chunks are rewritten while writes go on; unused chunks are freed and live ones moved only once the store
     * is quiet (no commit but this housekeeping's since the previous round), because moving holds H2's store lock,
     * and a commit waiting behind it in the middle of a load was a request waiting seconds.
     * A store quiet for {@link #RESTING_NANOS} that a round found nothing to do for is looked at again only that long
     * after.
     */
    void round(MVStore store) {
        long now = System.nanoTime();
        long version = store.getCurrentVersion();
        boolean quiet = version == previousVersion;
        if (!quiet) {
            quietSince = 0;
        } else if (quietSince == 0) {
            quietSince = now;
        }
        if (quiet && restingSince != 0 && now - restingSince < RESTING_NANOS) {
            return;
        }
        roundNow(store, quiet);
        previousVersion = store.getCurrentVersion();
        boolean settled = quiet && now - quietSince >= RESTING_NANOS;
        restingSince = settled && previousVersion == version ? now : 0;
    }

    private static void roundNow(MVStore store, boolean quiet) {
        if (!quiet) {
            if (store.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
                store.commit();
            }
        } else if (store.getFileStore() instanceof RandomAccessStore file) {
            file.compactMoveChunks(TARGET_FILL_RATE, MOVE_BYTES, store); // frees unused chunks first, then moves
            if (store.hasUnsavedChanges()) {
                store.commit(); // the freed chunks leave the file's layout
            }
            if (store.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
                store.commit(); // what is left sparse is rewritten, to be freed and moved in later rounds
            }
        }
    }
}
