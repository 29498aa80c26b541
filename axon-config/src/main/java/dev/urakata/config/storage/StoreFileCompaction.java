package dev.urakata.config.storage;

import org.h2.mvstore.MVStore;

/**
 * One round of housekeeping of an H2 store file whose own background writer does not run (the event database with
 * {@code WRITE_DELAY=0}, the embedded MongoDB-wire server with auto-commit off), every few seconds:
 * <ul>
 *   <li>while writes go on, live pages of sparse chunks are rewritten, at most 2 MB a round, so that freed space is
 *       reused instead of the file growing with every commit;</li>
 *   <li>once nothing has been committed for a whole round and the file is less than half full, the file is compacted
 *       (chunks moved together and the end cut off) for at most a second: what a burst of writes left behind is given
 *       back to the disk when the burst is over.</li>
 * </ul>
 * H2 keeps overwritten chunks for its retention time (45 s) so that a power loss cannot leave the file pointing at
 * overwritten data; compacting the file sets that to zero, so it is set back afterwards.
 */
final class StoreFileCompaction {

    /** Whether the store was quiet (nothing committed) through the last round. */
    record Quiet(long version) {
        static final Quiet START = new Quiet(-1);
    }

    private static final int TARGET_FILL_RATE = 80;
    private static final int SHRINK_BELOW_FILL_RATE = 50;
    private static final int REWRITE_BYTES = 2 * 1024 * 1024;
    private static final int SHRINK_MILLIS = 1000;

    private StoreFileCompaction() {
    }

    /**
     * Does one round on {@code store}; the caller makes sure nothing else writes to it meanwhile if that matters.
     *
     * @param previous what the previous round returned
     * @return what to pass to the next round
     */
    static Quiet round(MVStore store, Quiet previous) {
        long version = store.getCurrentVersion();
        int fillRate = store.getFillRate();
        if (version == previous.version() && fillRate < SHRINK_BELOW_FILL_RATE) {
            int retention = store.getRetentionTime();
            try {
                store.compactFile(SHRINK_MILLIS);
            } finally {
                store.setRetentionTime(retention);
            }
        } else if (fillRate < TARGET_FILL_RATE && store.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
            store.commit();
        }
        return new Quiet(store.getCurrentVersion());
    }
}
