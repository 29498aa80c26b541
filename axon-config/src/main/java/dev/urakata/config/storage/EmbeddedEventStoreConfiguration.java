package dev.urakata.config.storage;

import com.zaxxer.hikari.HikariDataSource;
import dev.urakata.config.UrakataProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import java.nio.file.Path;

/**
 * The embedded default's event database: an H2 file under {@code urakata.data-dir}, holding the events (through
 * {@link RelationalEventStoreConfiguration}), snapshots, deadlines, privacy keys and unique-key claims.
 *
 * <p>URL options, each for a reason: {@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE} so Axon's PostgreSQL table
 * factory's DDL parses (the HSQL one does not on H2 2.x); {@code WRITE_DELAY=0} so an acknowledged command's
 * events are on disk before the caller hears "created" (H2's default delay lost a third of them on kill -9);
 * {@code LOCK_TIMEOUT} bounds how long an append waits for the append lock; {@code DB_CLOSE_ON_EXIT=FALSE} leaves
 * closing to the application context, which stops the event processors first (H2's own shutdown hook would close
 * the database under processors that are still running).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@ConditionalOnProperty(name = "urakata.event-store", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedEventStoreConfiguration {

    /**
     * The H2 file database holding events, snapshots and deadlines, behind a proxy that takes a pooled connection
     * only when a unit of work first runs a statement: every event processor's batch runs in a transaction of this
     * data source, and most of them never touch it (they write to MongoDB). Before the proxy each batch held a
     * connection while it talked to MongoDB, and under load commands waited 30 s for one and failed with 500.
     * After an erasure the file is rewritten with its live data before it is opened: it holds the privacy keys.
     */
    @Bean
    public LazyConnectionDataSourceProxy eventStoreDataSource(UrakataProperties properties) {
        Path file = properties.createdDataDir().resolve("events");
        StoreFileRewrite.rewriteIfRequested(file.resolveSibling("events.mv.db"));
        HikariDataSource pool = H2FileDataSource.open("event-store", file,
                ";LOCK_TIMEOUT=10000", properties.database().poolSize(), properties.database().connectionTimeout());
        return new ClosingLazyDataSource(pool, EventFileHousekeeping.start(pool));
    }

    /** The lazy proxy that also stops the file's housekeeping and closes the pool with the application context. */
    static final class ClosingLazyDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {
        private final HikariDataSource pool;
        private final AutoCloseable housekeeping;

        ClosingLazyDataSource(HikariDataSource pool, AutoCloseable housekeeping) {
            super(pool);
            this.pool = pool;
            this.housekeeping = housekeeping;
        }

        @Override
        public void close() throws Exception {
            housekeeping.close();
            pool.close();
        }
    }
}
