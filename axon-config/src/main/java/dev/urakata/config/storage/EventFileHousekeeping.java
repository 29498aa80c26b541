package dev.urakata.config.storage;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the embedded event database's file near the size of its live data.
 *
 * <p>{@code WRITE_DELAY=0} (every acknowledged command durable at once) turns off H2's background writer, and with it
 * the only thing that rewrites sparse chunks of the file: every commit appends a chunk, and the file grew to ten
 * times its live data (261 MB for 27 MB after 20,000 events). This does that housekeeping every few seconds, a
 * bounded amount at a time, with the same store calls H2's own writer makes (they take H2's store lock, so they are
 * safe beside running transactions): see {@link StoreFileCompaction}.
 */
final class EventFileHousekeeping implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventFileHousekeeping.class);
    private static final long EVERY_SECONDS = 5;

    private final DataSource dataSource;
    private MVStore store;
    private final StoreFileCompaction compaction = new StoreFileCompaction();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-file-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    private EventFileHousekeeping(DataSource dataSource, MVStore store) {
        this.dataSource = dataSource;
        this.store = store;
        timer.scheduleWithFixedDelay(this::compact, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts housekeeping of the H2 file database behind {@code dataSource}, or nothing if it is not one. */
    static AutoCloseable start(DataSource dataSource) {
        MVStore store = storeOf(dataSource);
        if (store == null) {
            log.warn("No housekeeping of the event database's file: it is not an embedded H2 database");
            return () -> { };
        }
        return new EventFileHousekeeping(dataSource, store);
    }

    /** The store under an embedded H2 database (H2's internals: there is no SQL for this), or null. */
    private static MVStore storeOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                    && local.getDatabase().getStore() != null) {
                return local.getDatabase().getStore().getMvStore();
            }
        } catch (SQLException e) {
            log.debug("Event file housekeeping found no store: {}", e.toString());
        }
        return null;
    }

    private void compact() {
        try {
            if (store == null || store.isClosed()) {
                store = storeOf(dataSource); // the database was closed and opened again
            }
            if (store != null && !store.isClosed()) {
                compaction.round(store, false);
            }
        } catch (RuntimeException e) {
            // Housekeeping only: the data is committed either way; try again at the next round.
            log.debug("Event file housekeeping skipped a round: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
