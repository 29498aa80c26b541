package dev.urakata.config.storage;

import org.h2.mvstore.MVStore;

/**
 * One round of housekeeping of an H2 store file whose own background writer does not run (the event database with
 * {@code WRITE_DELAY=0}, the embedded MongoDB-wire server with auto-commit off), every few seconds: while writes go
 * on, live pages of sparse chunks are rewritten, at most 2 MB a round, so that freed space is reused instead of the
 * file growing with every commit; a round that finds nothing committed since the previous one does nothing, so an
 * idle store is left alone (rewriting every round had kept the file churning, and growing, while idle).
 *
 * <p>The file is not compacted (chunks moved and the end cut off) while it is open: tried, it gave a quiet read-model
 * file back to the disk (249 MB to 43 MB), but on the event database it closed the database under the application
 * ("The database has been closed"), so neither store does it; the embedded default rewrites the read-model file with
 * its live data at each start ({@code StoreFileRewrite}).
 */
final class StoreFileCompaction {

    private static final int TARGET_FILL_RATE = 80;
    private static final int REWRITE_BYTES = 2 * 1024 * 1024;

    private StoreFileCompaction() {
    }

    /**
     * Does one round on {@code store}; the caller makes sure nothing else writes to it meanwhile if that matters.
     *
     * @param previousVersion the store's version after the previous round (-1 at first)
     * @return the store's version after this round, for the next
     */
    static long round(MVStore store, long previousVersion) {
        if (store.getCurrentVersion() != previousVersion && store.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
            store.commit();
        }
        return store.getCurrentVersion();
    }
}
