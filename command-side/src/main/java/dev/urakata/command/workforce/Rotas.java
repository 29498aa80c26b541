package dev.urakata.command.workforce;

import dev.urakata.config.storage.SharedSchema;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftId;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every person's rota across all schedules: which shifts of which schedule each employee is assigned to, so that an
 * assignment in one schedule is checked against the person's shifts in every other one (overlaps, weekly hours,
 * rest, consecutive days), and so that the end of an employment finds the shifts to release.
 *
 * <p><b>Why a table beside the events, and why a per-person lock.</b> A schedule is the consistency boundary of its
 * own shifts, but a person can be on several schedules, and two schedules are two aggregates that Axon happily
 * changes at the same moment. The query side cannot decide (it lags and is disposable), and a per-person aggregate
 * would have to be changed in the same unit of work as the schedule, which Axon Server cannot make atomic. So the
 * person's shifts are rows of {@value #SHIFTS}, written in the transaction of the command's unit of work, in the
 * database beside the events (like {@code UniqueKeys}): with the embedded and the jdbc event store a row commits
 * with the events that put the person on the shift, or not at all.
 *
 * <p>Deciding an assignment starts with {@link #lock}: it takes the row lock of the person's entry in
 * {@value #PEOPLE} until the transaction ends, and only then reads the person's shifts. Two assignments of the same
 * person, in two schedules at once, therefore run one after the other: the second waits for the first to commit,
 * then sees its shift and is refused as an overlap (or passes, if the first rolled back). A claim keyed by person
 * and time slot was the other option; it would need slots fine enough for any shift start (and still could not
 * judge weekly hours), whereas one lock per person serializes only that person's assignments, which are rare and
 * short. The lock is taken while the schedule's aggregate lock is held and released at commit, always in that
 * order, so two commands cannot wait for each other; a swap takes the one person it adds. Only requests (over HTTP)
 * put people on shifts; the policies that run inside an event processor's transaction, which may already hold the
 * event store's append lock, only take people off, which needs no person's lock, so no cycle of waits arises there
 * either.
 *
 * <p>With Axon Server the events are stored elsewhere; a unit of work that rolls back after the database committed
 * takes its added rows out again ({@link #add}).
 */
@Component
public class Rotas {

    static final String SHIFTS = "command_rota_shifts";
    static final String PEOPLE = "command_rota_people";
    static final String SHIFTS_DDL = "CREATE TABLE IF NOT EXISTS " + SHIFTS + " ("
            + "employee_id VARCHAR(255) NOT NULL, "
            + "shift_id VARCHAR(255) NOT NULL, "
            + "schedule_id VARCHAR(255) NOT NULL, "
            + "local_start TIMESTAMP NOT NULL, "
            + "local_end TIMESTAMP NOT NULL, "
            + "time_zone VARCHAR(64) NOT NULL, "
            + "overtime_approved BOOLEAN NOT NULL, "
            + "PRIMARY KEY (employee_id, shift_id))";
    static final String SHIFT_INDEX_DDL = "CREATE INDEX IF NOT EXISTS " + SHIFTS + "_shift ON " + SHIFTS
            + " (shift_id)";
    static final String PEOPLE_DDL = "CREATE TABLE IF NOT EXISTS " + PEOPLE + " ("
            + "employee_id VARCHAR(255) NOT NULL PRIMARY KEY)";
    /** One row once the assignments recorded before the rota existed have been copied in ({@link RotasBackfill}). */
    static final String BACKFILL = "command_rota_backfill";
    static final String BACKFILL_DDL = "CREATE TABLE IF NOT EXISTS " + BACKFILL + " ("
            + "id INT NOT NULL PRIMARY KEY, done_at TIMESTAMP WITH TIME ZONE NOT NULL)";

    private final JdbcTemplate jdbc;

    public Rotas(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        SharedSchema.create(dataSource, SHIFTS_DDL, SHIFT_INDEX_DDL, PEOPLE_DDL, BACKFILL_DDL);
    }

    /** One shift on a person's rota. */
    public record Entry(ScheduleId scheduleId, PlannedShift shift) {
    }

    /**
     * Locks the person's rota until the current transaction ends and returns their shifts in every schedule. Call it
     * before deciding anything about the person's time.
     */
    public List<Entry> lock(EmployeeId employeeId) {
        // the insert makes the row exist (and waits for a concurrent insert of it to commit); the select then takes
        // its lock, which a concurrent assignment of the same person waits for
        jdbc.update("INSERT INTO " + PEOPLE + " (employee_id) VALUES (?) ON CONFLICT DO NOTHING", employeeId.value());
        jdbc.queryForList("SELECT employee_id FROM " + PEOPLE + " WHERE employee_id = ? FOR UPDATE", String.class,
                employeeId.value());
        return shiftsOf(employeeId);
    }

    /** The person's shifts in every schedule, without locking (for reading only). */
    public List<Entry> shiftsOf(EmployeeId employeeId) {
        return jdbc.query("SELECT schedule_id, shift_id, local_start, local_end, time_zone, overtime_approved FROM "
                + SHIFTS + " WHERE employee_id = ? ORDER BY local_start, shift_id", (rs, i) -> new Entry(
                new ScheduleId(rs.getString(1)), new PlannedShift(new ShiftId(rs.getString(2)),
                rs.getTimestamp(3).toLocalDateTime(), rs.getTimestamp(4).toLocalDateTime(), rs.getString(5),
                rs.getBoolean(6))), employeeId.value());
    }

    /**
     * The person's shifts that touch a day after {@code lastDay} (a night shift from the last day into the next
     * counts), in every schedule.
     */
    public List<Entry> after(EmployeeId employeeId, LocalDate lastDay) {
        Timestamp end = Timestamp.valueOf(lastDay.plusDays(1).atStartOfDay());
        return shiftsOf(employeeId).stream()
                .filter(entry -> Timestamp.valueOf(entry.shift().end()).after(end))
                .toList();
    }

    /** Puts the person on the shift; taken out again if the unit of work rolls back. Idempotent. */
    public void add(EmployeeId employeeId, ScheduleId scheduleId, PlannedShift shift) {
        jdbc.update("INSERT INTO " + SHIFTS + " (employee_id, shift_id, schedule_id, local_start, local_end, "
                        + "time_zone, overtime_approved) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                employeeId.value(), shift.shiftId().value(), scheduleId.value(), Timestamp.valueOf(shift.start()),
                Timestamp.valueOf(shift.end()), shift.timeZone(), shift.overtimeApproved());
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.onRollback(u -> remove(employeeId, shift.shiftId())));
    }

    /** Takes the person off the shift. */
    public void remove(EmployeeId employeeId, ShiftId shiftId) {
        jdbc.update("DELETE FROM " + SHIFTS + " WHERE employee_id = ? AND shift_id = ?", employeeId.value(),
                shiftId.value());
    }

    /** Whether the assignments recorded before the rota existed have been copied in. */
    boolean backfilled() {
        return !jdbc.queryForList("SELECT id FROM " + BACKFILL, Integer.class).isEmpty();
    }

    /** Records that they have been. */
    void markBackfilled(Instant at) {
        jdbc.update("INSERT INTO " + BACKFILL + " (id, done_at) VALUES (1, ?) ON CONFLICT DO NOTHING",
                Timestamp.from(at));
    }

    /** Takes everybody off a cancelled shift. */
    public void removeShift(ShiftId shiftId) {
        jdbc.update("DELETE FROM " + SHIFTS + " WHERE shift_id = ?", shiftId.value());
    }
}
