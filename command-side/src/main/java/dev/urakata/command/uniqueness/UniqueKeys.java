package dev.urakata.command.uniqueness;

import dev.urakata.config.storage.SharedSchema;
import dev.urakata.shared.error.DomainException;
import dev.urakata.shared.error.ErrorCode;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The command side's own record of values that must be unique across aggregates (employee numbers, SKUs,
 * warehouse codes), so that uniqueness is decided without asking the query side, which lags, may be rebuilding,
 * and is disposable.
 *
 * <p>Each claimed value is a row of {@value #TABLE}, keyed by scope and value, in the database beside the events
 * (the embedded default's H2 event database, the jdbc mode's PostgreSQL; with Axon Server, the database of
 * {@code spring.datasource.url}, which every command-side instance shares). The claim is written in the
 * transaction of the command's unit of work:
 * <ul>
 *   <li>In the embedded default and the jdbc mode the events are appended in that same transaction, so a claim
 *   commits with the event that uses it or not at all: a crash between claim and append leaves nothing
 *   behind.</li>
 *   <li>With Axon Server the events go elsewhere, and a crash between the two commits can leave a claim whose
 *   owner has no event. Such a claim is <em>reconciled</em> when someone else wants the value: once it is older
 *   than {@code claimGrace} and the event store holds nothing for its owner, it passes to the new owner. The grace
 *   is far longer than any command runs, so the append of the claim's own command can no longer be under way:
 *   reconciliation cannot race it.</li>
 * </ul>
 * A second claim of a value whose first claim is not yet committed waits for it (the row lock of the primary key)
 * and is then refused, or succeeds if the first rolled back.
 */
public class UniqueKeys {

    /** The scope of employee numbers: the owner is the employee's id. */
    public static final String EMPLOYEE_NUMBER = "employee-number";

    static final String TABLE = "command_unique_keys";
    static final String TABLE_DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "scope VARCHAR(64) NOT NULL, "
            + "claimed_value VARCHAR(512) NOT NULL, "
            + "owner VARCHAR(255) NOT NULL, "
            + "claimed_at TIMESTAMP WITH TIME ZONE NOT NULL, "
            + "PRIMARY KEY (scope, claimed_value))";
    static final String OWNER_INDEX_DDL =
            "CREATE INDEX IF NOT EXISTS " + TABLE + "_owner ON " + TABLE + " (scope, owner)";

    private final JdbcTemplate jdbc;
    private final Predicate<String> ownerHasEvents;
    private final Duration claimGrace;
    private final Clock clock;

    /**
     * @param ownerHasEvents whether the event store holds anything for an owner (an aggregate id)
     * @param claimGrace     how old a claim whose owner has no event must be before another owner may take it
     */
    public UniqueKeys(DataSource dataSource, Predicate<String> ownerHasEvents, Duration claimGrace, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownerHasEvents = ownerHasEvents;
        this.claimGrace = claimGrace;
        this.clock = clock;
        SharedSchema.create(dataSource, TABLE_DDL, OWNER_INDEX_DDL);
    }

    /**
     * Claims {@code value} in {@code scope} for {@code owner}; claiming it again for the same owner is a no-op.
     *
     * @param conflict the error code to refuse with when another owner holds the value
     * @throws DomainException with {@code conflict} when another owner holds it
     */
    public void claim(String scope, String value, String owner, ErrorCode conflict) {
        Timestamp now = Timestamp.from(clock.instant());
        // ON CONFLICT DO NOTHING (PostgreSQL, and H2 in its PostgreSQL mode): a taken value must not abort the
        // command's transaction, which PostgreSQL does on any failed statement
        if (jdbc.update("INSERT INTO " + TABLE + " (scope, claimed_value, owner, claimed_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", scope, value, owner, now) == 1) {
            return;
        }
        List<Holder> holders = jdbc.query("SELECT owner, claimed_at FROM " + TABLE
                        + " WHERE scope = ? AND claimed_value = ?",
                (rs, i) -> new Holder(rs.getString(1), rs.getTimestamp(2)), scope, value);
        if (holders.isEmpty()) {
            // released between the two statements: try once more
            claim(scope, value, owner, conflict);
            return;
        }
        Holder holder = holders.get(0);
        if (holder.owner().equals(owner) || takeOverLeaked(scope, value, holder, owner, now)) {
            return;
        }
        throw new DomainException(conflict, scope.replace('-', ' ') + " '" + value + "' is already taken");
    }

    /**
     * Claims as {@link #claim} and, if the current unit of work rolls back after the claim was committed (with Axon
     * Server, the append can fail after the database committed), releases the claim again.
     */
    public void claimFor(String scope, String value, String owner, ErrorCode conflict) {
        claim(scope, value, owner, conflict);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.onRollback(u -> release(scope, value, owner)));
    }

    /** Whether {@code owner} holds some value in {@code scope}, for example whether a warehouse exists. */
    public boolean hasOwner(String scope, String owner) {
        return !jdbc.queryForList("SELECT 1 FROM " + TABLE + " WHERE scope = ? AND owner = ? LIMIT 1",
                Integer.class, scope, owner).isEmpty();
    }

    /** Who holds {@code value} in {@code scope}, for example which employee has an employee number. */
    public Optional<String> ownerOf(String scope, String value) {
        return jdbc.queryForList("SELECT owner FROM " + TABLE + " WHERE scope = ? AND claimed_value = ?",
                String.class, scope, value).stream().findFirst();
    }

    /**
     * The data subject of free text written about the person with {@code employeeNumber}: the employee's id, so that
     * erasing the employee erases it too; the number itself when no employee has it (a staff sign-in acting for
     * itself), which is then a subject of its own.
     */
    public String subjectOfEmployeeNumber(String employeeNumber) {
        return ownerOf(EMPLOYEE_NUMBER, employeeNumber).orElse(employeeNumber);
    }

    /** Whether anybody holds {@code value} in {@code scope}, for example whether a shift has an id. */
    public boolean isClaimed(String scope, String value) {
        return !jdbc.queryForList("SELECT 1 FROM " + TABLE + " WHERE scope = ? AND claimed_value = ?",
                Integer.class, scope, value).isEmpty();
    }

    /** Releases a claim, but only if {@code owner} holds it. */
    public void release(String scope, String value, String owner) {
        jdbc.update("DELETE FROM " + TABLE + " WHERE scope = ? AND claimed_value = ? AND owner = ?",
                scope, value, owner);
    }

    /**
     * Takes over a claim that leaked: older than the grace period and its owner has no event. The update names
     * the old owner and claim time, so of two commands reconciling at once only one gets the value.
     */
    private boolean takeOverLeaked(String scope, String value, Holder holder, String owner, Timestamp now) {
        Instant graceEnds = holder.claimedAt().toInstant().plus(claimGrace);
        if (clock.instant().isBefore(graceEnds) || ownerHasEvents.test(holder.owner())) {
            return false;
        }
        return jdbc.update("UPDATE " + TABLE + " SET owner = ?, claimed_at = ? WHERE scope = ? AND claimed_value = ?"
                + " AND owner = ? AND claimed_at = ?", owner, now, scope, value, holder.owner(),
                holder.claimedAt()) == 1;
    }

    /**
     * Takes over a claim from an older store (the read-model database held them before), keeping whoever holds
     * the value here already. Used by the migration on start.
     */
    void adopt(String scope, String value, String owner, Instant claimedAt) {
        jdbc.update("INSERT INTO " + TABLE + " (scope, claimed_value, owner, claimed_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", scope, value, owner, Timestamp.from(claimedAt));
    }

    private record Holder(String owner, Timestamp claimedAt) {
    }
}
