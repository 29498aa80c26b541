package dev.urakata.config.storage;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A JDBC event storage engine whose appends are serialized, so global positions are handed out in commit order.
 *
 * <p>Why: the JDBC store takes an event's global index from an identity column when the row is inserted, not
 * when the transaction commits. Two concurrent appends can therefore commit out of order, and a tracking
 * processor sees a gap. Axon waits {@code gapTimeout} for it to fill and then gives up on it for good; an
 * event whose transaction commits after that is never processed. Taking a row lock before inserting makes
 * every other appender wait until this transaction has committed or rolled back. A gap can then only be an
 * insert that was rolled back, which never fills, so no committed event can be skipped whatever the timeout.
 *
 * <p>The lock is held from the first insert to the end of the unit of work's transaction, which in Axon is
 * the very end of command handling, so it is short; the events are serialized before it is taken.
 */
public class OrderedAppendJdbcEventStorageEngine extends JdbcEventStorageEngine {

    static final String LOCK_TABLE = "event_append_lock";

    private final ConnectionProvider connections;

    /**
     * Creates the engine from a builder configured as for {@link JdbcEventStorageEngine}.
     *
     * @param builder     the configured builder
     * @param connections the same connection provider given to the builder (transaction-bound)
     */
    public OrderedAppendJdbcEventStorageEngine(Builder builder, ConnectionProvider connections) {
        super(builder);
        this.connections = connections;
    }

    /** Creates the single-row lock table if it is missing. Idempotent. */
    public void createAppendLock() {
        try (Connection connection = connections.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO " + LOCK_TABLE + " (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM "
                    + LOCK_TABLE + ")");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new EventStoreException("Could not create the append lock table", e);
        }
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        // Serialized before the lock, not under it: serializing is most of an append's CPU (personal data is
        // encrypted), and a subject's key may have to be read on a connection of its own. Under the lock that
        // lengthened every other appender's wait, and with every pooled connection held by a waiting appender, the
        // holder's key lookup waited for a connection that none of them would give back. The messages keep their
        // serialized form, so the append below reuses it (the engine's data type is Axon's default, byte[]).
        for (EventMessage<?> event : events) {
            event.serializePayload(serializer, byte[].class);
            event.serializeMetaData(serializer, byte[].class);
        }
        lockAppends();
        super.appendEvents(events, serializer);
    }

    private void lockAppends() {
        try (Connection connection = connections.getConnection();
             PreparedStatement lock = connection.prepareStatement(
                     "SELECT id FROM " + LOCK_TABLE + " WHERE id = 1 FOR UPDATE");
             ResultSet ignored = lock.executeQuery()) {
            // Holding the row lock until this transaction ends is the whole point.
        } catch (SQLException e) {
            throw new EventStoreException("Could not obtain the event append lock", e);
        }
    }
}
