package dev.urakata.config.storage;

import com.zaxxer.hikari.HikariDataSource;

import java.nio.file.Path;
import java.time.Duration;

/** A pooled connection to an H2 database file in PostgreSQL mode, for the embedded stores under the data dir. */
public final class H2FileDataSource {

    private H2FileDataSource() {
    }

    /**
     * A pool named {@code poolName} on the H2 file {@code file} (without extension). {@code MODE=PostgreSQL;
     * DATABASE_TO_LOWER=TRUE} lets PostgreSQL DDL run unchanged, {@code WRITE_DELAY=0} makes every commit durable
     * at once, {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to the application context; {@code options} adds
     * more (starting with {@code ;}).
     */
    public static HikariDataSource open(String poolName, Path file, String options, int maxPoolSize) {
        return open(poolName, file, options, maxPoolSize, Duration.ofSeconds(30));
    }

    /** As {@link #open(String, Path, String, int)}, waiting at most {@code connectionTimeout} for a connection. */
    public static HikariDataSource open(String poolName, Path file, String options, int maxPoolSize,
                                        Duration connectionTimeout) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName(poolName);
        dataSource.setJdbcUrl("jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;COMPRESS=TRUE;DB_CLOSE_ON_EXIT=FALSE" + options);
        dataSource.setUsername("urakata");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(maxPoolSize);
        dataSource.setConnectionTimeout(Math.max(250, connectionTimeout.toMillis()));
        return dataSource;
    }
}
