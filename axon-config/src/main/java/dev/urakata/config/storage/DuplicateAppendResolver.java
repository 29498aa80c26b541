package dev.urakata.config.storage;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells an append that lost a race for an aggregate's sequence number (a duplicate key) apart from other SQL
 * failures, so that Axon reports it as a conflict (409), not as a failure of the store (500).
 *
 * <p>Axon's {@code JdbcSQLErrorCodesResolver} only follows {@link Throwable#getCause()}; H2 reports a failed batch
 * insert as a {@link BatchUpdateException} whose duplicate-key error hangs off {@link SQLException#getNextException()},
 * so it said "not a duplicate". This follows both chains and recognises SQL state 23505 (unique violation, H2 and
 * PostgreSQL alike) as well as the JDBC subclass.
 */
public final class DuplicateAppendResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return duplicate(exception, new HashSet<>());
    }

    private static boolean duplicate(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLIntegrityConstraintViolationException && isUnique(failure)) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (duplicate(sql.getNextException(), seen)) {
                return true;
            }
        }
        return duplicate(failure.getCause(), seen);
    }

    /** A constraint violation without a state (some drivers) counts; one with another state (a NOT NULL) does not. */
    private static boolean isUnique(Throwable failure) {
        String state = ((SQLException) failure).getSQLState();
        return state == null || UNIQUE_VIOLATION.equals(state);
    }
}
