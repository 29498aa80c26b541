package dev.urakata.config.testing;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * A private in-memory H2 database in PostgreSQL mode, as the event database of the embedded default, for tests of
 * code that keeps its state beside the events (privacy keys, unique keys). Shared through this module's test jar.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /** A new, empty database; it lives as long as the JVM. */
    public static DataSource create() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        dataSource.setUser("urakata");
        return dataSource;
    }
}
