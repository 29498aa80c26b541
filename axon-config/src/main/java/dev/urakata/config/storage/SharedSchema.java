package dev.urakata.config.storage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates tables in a database that several processes may open at the same moment.
 *
 * <p>Why: PostgreSQL's {@code CREATE TABLE IF NOT EXISTS} is not safe against itself. Two processes that start
 * together on an empty database (two command sides of the jdbc mode) both see the table missing, and the second
 * fails on a duplicate key in the catalog. Here every schema statement runs in a transaction that first takes one
 * database-wide advisory lock, so the processes create their tables one after the other and the later one finds
 * them there. H2 (the embedded default, one process) has no advisory locks and needs none.
 */
public final class SharedSchema {

    /** Any fixed number: the advisory lock every Urakata process takes before it creates tables. */
    static final long LOCK_KEY = 0x75726B7461L;

    private SharedSchema() {
    }

    /** Runs {@code statements} in one new transaction, after the other processes' schema work has finished. */
    public static void create(DataSource dataSource, String... statements) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        transaction.executeWithoutResult(status -> jdbc.execute((Connection connection) -> {
            lock(connection);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        }));
    }

    /**
     * Takes the schema lock on {@code connection} until its transaction ends (PostgreSQL only), for schema work
     * that runs through another API on the same transaction.
     */
    public static void lock(Connection connection) throws SQLException {
        if ("PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            }
        }
    }
}
