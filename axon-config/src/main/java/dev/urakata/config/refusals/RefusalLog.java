package dev.urakata.config.refusals;

import dev.urakata.config.UrakataProperties;
import dev.urakata.config.storage.SharedSchema;
import dev.urakata.shared.audit.RefusalKind;
import dev.urakata.shared.audit.RefusalLogEntry;
import dev.urakata.shared.audit.RefusalLogPage;
import dev.urakata.shared.audit.RefusalLogVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The security and refusal log: refused sign-ins, forbidden requests and refused commands, appended to a hash-chained
 * table of its own ({@value #TABLE}), never to the event store, in the database where the events live (the embedded
 * default's H2 file; the jdbc mode's PostgreSQL; with Axon Server the database of {@code spring.datasource.url}). Not
 * in the read-model database: that one is disposable, this log is evidence.
 *
 * <p>Append-only: this class inserts rows and reads them, it never updates or deletes one. Each row carries the hash
 * of the row before it and its own ({@link RefusalChain}); {@link #verify()} recomputes them all.
 *
 * <p>Bounded: at most {@code urakata.audit.refusals.per-client-per-minute} rows per client address and minute
 * ({@link ClientWindows}); what is left out is counted and the count written, so a flood costs a row a minute per
 * address beyond the limit, not a row per request.
 *
 * <p>Why appends cannot fork the chain, within a process and across processes that share the database: a row's
 * sequence number is the table's primary key and is always the head's plus one, read in the same transaction that
 * inserts the row. Two appenders that read the same head both insert the same sequence number; the database lets one
 * of them in and refuses the other with a duplicate key, which then reads the new head and tries again. This works on
 * an empty table too, where {@code SELECT … FOR UPDATE} would have no row to lock. In this process a lock lets one
 * appender at a time reach the database, so the retry is only needed between processes.
 *
 * <p>Recording never fails the request that was refused: a refusal the database cannot take is logged and dropped.
 */
public class RefusalLog implements AutoCloseable {

    /** The table. */
    public static final String TABLE = "security_refusals";
    /** Portable DDL: H2 in PostgreSQL mode and PostgreSQL both take it. */
    static final String TABLE_DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "seq BIGINT PRIMARY KEY, "
            + "recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, "
            + "kind VARCHAR(20) NOT NULL, "
            + "status INTEGER, "
            + "code VARCHAR(100), "
            + "reason VARCHAR(200), "
            + "user_name VARCHAR(200), "
            + "method VARCHAR(16), "
            + "route VARCHAR(300), "
            + "command_type VARCHAR(200), "
            + "target VARCHAR(300), "
            + "client_address VARCHAR(100), "
            + "suppressed BIGINT NOT NULL, "
            + "previous_hash VARCHAR(64) NOT NULL, "
            + "row_hash VARCHAR(64) NOT NULL)";
    static final String INDEX_DDL = "CREATE INDEX IF NOT EXISTS " + TABLE + "_recorded_at ON " + TABLE
            + " (recorded_at)";
    private static final String COLUMNS = "seq, recorded_at, kind, status, code, reason, user_name, method, route, "
            + "command_type, target, client_address, suppressed, previous_hash, row_hash";
    /** Appenders of other processes that keep winning the race this many times in a row: give up on this one. */
    private static final int MAX_ATTEMPTS = 50;

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate reading;
    private final Clock clock;
    private final ClientWindows windows;
    private final ReentrantLock appendLock = new ReentrantLock();
    private ScheduledExecutorService summaries;

    /**
     * Creates the table if it is missing.
     *
     * @param clock the time of rows and of the rate limit's windows
     */
    public RefusalLog(DataSource dataSource, UrakataProperties.Refusals settings, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        // Its own transaction, never the caller's: a refusal recorded inside a command's transaction would be
        // rolled back with it.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true); // PostgreSQL streams a large result only inside a transaction
        this.clock = clock;
        this.windows = new ClientWindows(settings.perClientPerMinute(), settings.maxClients(), clock);
        SharedSchema.create(dataSource, TABLE_DDL, INDEX_DDL);
    }

    /**
     * Writes, every {@code every}, a row for each client whose window ended with refusals left out (a flood followed
     * by silence would otherwise keep its count in memory until the client's next refusal).
     */
    public synchronized void startSummaries(Duration every) {
        if (summaries == null) {
            summaries = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "refusal-log-summaries");
                thread.setDaemon(true);
                return thread;
            });
            long millis = every.toMillis();
            summaries.scheduleWithFixedDelay(() -> {
                try {
                    writeEndedWindows();
                } catch (RuntimeException e) {
                    // a task that throws is never run again: keep the summaries going
                    log.warn("The refusal log could not look for ended windows: {}", e.toString());
                }
            }, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Records a refusal, unless its client is over the rate limit (then it is counted). Never throws: the refusal's
     * own answer matters more than its record.
     */
    public void record(RefusalAttempt attempt) {
        record(attempt.clientAddress(), () -> attempt);
    }

    /**
     * The same, with the row's fields read only if the client is within its limit: a flood costs a count, not a
     * route lookup per request.
     */
    public void record(String clientAddress, Supplier<RefusalAttempt> attempt) {
        RefusalAttempt refused = null;
        try {
            ClientWindows.Admission admission;
            synchronized (windows) {
                admission = windows.admit(clientAddress == null ? "" : clientAddress);
            }
            if (admission.write()) {
                refused = attempt.get();
                append(refused, admission.suppressedBefore());
            }
        } catch (RuntimeException e) {
            log.warn("A refusal ({}) could not be recorded in the refusal log: {}",
                    refused == null ? "?" : refused.kind() + " " + refused.code(), e.toString());
        }
    }

    /** Writes a {@code SUPPRESSED} row for each window that ended with refusals left out. */
    public void writeEndedWindows() {
        List<ClientWindows.Ended> ended;
        synchronized (windows) {
            ended = windows.ended();
        }
        writeSummaries(ended);
    }

    /** Writes what is left out so far and stops the summaries. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = summaries;
        }
        if (running != null) {
            // Not shutdownNow: interrupting a thread that writes closes the H2 file it writes to.
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<ClientWindows.Ended> all;
        synchronized (windows) {
            all = windows.drain();
        }
        writeSummaries(all);
    }

    private void writeSummaries(List<ClientWindows.Ended> ended) {
        for (ClientWindows.Ended window : ended) {
            try {
                append(new RefusalAttempt(RefusalKind.SUPPRESSED, null, null,
                        "left out under the rate limit from " + RefusalChain.stored(window.from()), null, null, null,
                        null, null, window.client()), window.suppressed());
            } catch (RuntimeException e) {
                log.warn("The refusal log could not record that {} refusals of {} were left out: {}",
                        window.suppressed(), window.client(), e.toString());
            }
        }
    }

    /** Appends one row at the head of the chain (see the class comment for why a race cannot fork it). */
    RefusalLogEntry append(RefusalAttempt attempt, long suppressed) {
        appendLock.lock();
        try {
            for (int attemptNumber = 1; ; attemptNumber++) {
                try {
                    return ownTransaction.execute(status -> insertAtHead(attempt, suppressed));
                } catch (DuplicateKeyException raced) {
                    if (attemptNumber >= MAX_ATTEMPTS) {
                        throw raced;
                    }
                }
            }
        } finally {
            appendLock.unlock();
        }
    }

    private RefusalLogEntry insertAtHead(RefusalAttempt attempt, long suppressed) {
        List<Object[]> head = jdbc.query("SELECT seq, row_hash FROM " + TABLE + " ORDER BY seq DESC LIMIT 1",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
        long sequence = head.isEmpty() ? 1 : (Long) head.get(0)[0] + 1;
        String previous = head.isEmpty() ? RefusalChain.GENESIS : (String) head.get(0)[1];
        RefusalLogEntry unhashed = new RefusalLogEntry(sequence, RefusalChain.stored(clock.instant()), attempt.kind(),
                attempt.status(), text(attempt.code(), 100), text(attempt.reason(), 200), text(attempt.user(), 200),
                text(attempt.method(), 16), text(attempt.route(), 300), text(attempt.commandType(), 200),
                text(attempt.target(), 300), text(attempt.clientAddress(), 100), suppressed, previous, null);
        RefusalLogEntry entry = withHash(unhashed, RefusalChain.hash(unhashed));
        jdbc.update("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.sequence(), OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.kind().name(),
                entry.status(), entry.code(), entry.reason(), entry.user(), entry.method(), entry.route(),
                entry.commandType(), entry.target(), entry.clientAddress(), entry.suppressed(), entry.previousHash(),
                entry.hash());
        return entry;
    }

    /** What a search of the log asks for; every filter optional. */
    public record Search(String user, RefusalKind kind, String code, Instant from, Instant to, String route) {
    }

    /**
     * A page of the rows that match {@code search}, newest first: whole matches, user and code in any case; from
     * inclusive, to exclusive.
     */
    public RefusalLogPage search(Search search, int page, int size) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (present(search.user())) {
            where.append(" AND LOWER(user_name) = ?");
            arguments.add(search.user().trim().toLowerCase(Locale.ROOT));
        }
        if (search.kind() != null) {
            where.append(" AND kind = ?");
            arguments.add(search.kind().name());
        }
        if (present(search.code())) {
            where.append(" AND code = ?");
            arguments.add(search.code().trim().toUpperCase(Locale.ROOT));
        }
        if (search.from() != null) {
            where.append(" AND recorded_at >= ?");
            arguments.add(OffsetDateTime.ofInstant(search.from(), ZoneOffset.UTC));
        }
        if (search.to() != null) {
            where.append(" AND recorded_at < ?");
            arguments.add(OffsetDateTime.ofInstant(search.to(), ZoneOffset.UTC));
        }
        if (present(search.route())) {
            where.append(" AND route = ?");
            arguments.add(search.route().trim());
        }
        return reading.execute(status -> {
            Long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + where, Long.class, arguments.toArray());
            List<Object> paged = new ArrayList<>(arguments);
            paged.add(size);
            paged.add((long) page * size);
            List<RefusalLogEntry> items = jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + where
                    + " ORDER BY seq DESC LIMIT ? OFFSET ?", ROW, paged.toArray());
            return new RefusalLogPage(items, page, size, total == null ? 0 : total);
        });
    }

    /**
     * Reads every row in sequence order and checks that the sequence has no gap from 1, that each row names the hash
     * of the row before it, and that each row's hash is the hash of its fields.
     */
    public RefusalLogVerification verify() {
        return reading.execute(status -> {
            Check check = new Check();
            jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " ORDER BY seq", rs -> {
                check.next(ROW.mapRow(rs, 0));
            });
            return check.result();
        });
    }

    /** The running state of a verification. */
    private static final class Check {
        long expected = 1;
        String previous = RefusalChain.GENESIS;
        long rows;
        Long broken;
        String problem;
        RefusalLogEntry last;

        void next(RefusalLogEntry row) {
            rows++;
            if (broken == null) {
                if (row.sequence() != expected) { // rows come in sequence order, so this is a gap
                    broken = expected;
                    problem = row.sequence() - 1 > expected
                            ? "rows " + expected + " to " + (row.sequence() - 1) + " are missing"
                            : "row " + expected + " is missing";
                } else if (!previous.equals(row.previousHash())) {
                    broken = row.sequence();
                    problem = "the row does not name the hash of the row before it";
                } else if (!RefusalChain.hash(row).equals(row.hash())) {
                    broken = row.sequence();
                    problem = "the row's hash does not match its fields";
                }
            }
            previous = row.hash();
            expected = row.sequence() + 1;
            last = row;
        }

        RefusalLogVerification result() {
            return new RefusalLogVerification(broken == null, rows, last == null ? null : last.sequence(),
                    last == null ? null : last.hash(), broken, problem);
        }
    }

    private static final RowMapper<RefusalLogEntry> ROW = (rs, i) -> new RefusalLogEntry(
            rs.getLong("seq"),
            instant(rs),
            kind(rs.getString("kind")),
            rs.getObject("status", Integer.class),
            rs.getString("code"),
            rs.getString("reason"),
            rs.getString("user_name"),
            rs.getString("method"),
            rs.getString("route"),
            rs.getString("command_type"),
            rs.getString("target"),
            rs.getString("client_address"),
            rs.getLong("suppressed"),
            rs.getString("previous_hash"),
            rs.getString("row_hash"));

    private static Instant instant(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** A kind this version does not know (a row written by a newer one) reads as absent; its hash then fails. */
    private static RefusalKind kind(String name) {
        try {
            return name == null ? null : RefusalKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static RefusalLogEntry withHash(RefusalLogEntry entry, String hash) {
        return new RefusalLogEntry(entry.sequence(), entry.recordedAt(), entry.kind(), entry.status(), entry.code(),
                entry.reason(), entry.user(), entry.method(), entry.route(), entry.commandType(), entry.target(),
                entry.clientAddress(), entry.suppressed(), entry.previousHash(), hash);
    }

    /**
     * A value as it is stored and hashed: control characters and unpaired surrogates (which PostgreSQL would refuse
     * or alter) replaced by U+FFFD, cut to what the column holds. The hash is taken over this, so it is what the
     * table gives back.
     */
    static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                if (out.length() + 2 > max) {
                    break;
                }
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
