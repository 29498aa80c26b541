package dev.urakata.config.storage;

import org.h2.mvstore.MVStore;

/**
 * One round of housekeeping of an H2 store file whose own background writer does not run (the event database with
 * {@code WRITE_DELAY=0}, the embedded MongoDB-wire server with auto-commit off), every few seconds:
 * <ul>
 *   <li>while writes go on, live pages of sparse chunks are rewritten, at most 2 MB a round, so that freed space is
 *       reused instead of the file growing with every commit;</li>
 *   <li>once a whole round has passed without a commit, the file is compacted (sparse chunks rewritten, chunks moved
 *       together and the end cut off) for at most half a second a round, and again each round while that still makes
 *       it smaller: what a burst of writes left behind is given back to the disk when the burst is over, and a
 *       quiet store is then left alone.</li>
 * </ul>
 * H2 keeps overwritten chunks for its retention time (45 s) so that a power loss cannot leave the file pointing at
 * overwritten data; compacting the file sets that to zero, so it is set back afterwards.
 */
final class StoreFileCompaction {

    /**
     * What the previous round saw.
     *
     * @param version  the store's version after the round
     * @param size     the file's size after the round
     * @param settled  the file was compacted since the last commit and did not shrink any more
     */
    record State(long version, long size, boolean settled) {
        static final State START = new State(-1, -1, false);
    }

    private static final int TARGET_FILL_RATE = 80;
    private static final int REWRITE_BYTES = 2 * 1024 * 1024;
    private static final int COMPACT_MILLIS = 500;

    private StoreFileCompaction() {
    }

    /**
     * Does one round on {@code store}; the caller makes sure nothing else writes to it meanwhile if that matters.
     *
     * @param previous what the previous round returned
     * @return what to pass to the next round
     */
    static State round(MVStore store, State previous) {
        long version = store.getCurrentVersion();
        if (version != previous.version()) {
            // Writes go on: reuse space, do not move chunks under the writers' feet.
            if (store.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
                store.commit();
            }
            return new State(store.getCurrentVersion(), size(store), false);
        }
        if (previous.settled()) {
            return previous;
        }
        int retention = store.getRetentionTime();
        try {
            store.compactFile(COMPACT_MILLIS);
        } finally {
            store.setRetentionTime(retention);
        }
        long size = size(store);
        return new State(store.getCurrentVersion(), size, previous.size() >= 0 && size >= previous.size());
    }

    private static long size(MVStore store) {
        return store.getFileStore() == null ? 0 : store.getFileStore().size();
    }
}
