package dev.urakata.command.workforce;

import dev.urakata.config.testing.EmbeddedDatabase;
import dev.urakata.shared.hr.EmployeeId;
import dev.urakata.shared.workforce.PlannedShift;
import dev.urakata.shared.workforce.ScheduleId;
import dev.urakata.shared.workforce.ShiftId;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The person's rota: one writer per person at a time, and what a transaction decides with is what it sees. */
class RotasTest {

    static final EmployeeId AIKO = new EmployeeId("aiko");
    static final ScheduleId PICKING = new ScheduleId("picking");
    static final ScheduleId PACKING = new ScheduleId("packing");

    private final DataSource database = EmbeddedDatabase.create();
    private final Rotas rotas = new Rotas(database);
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);

    static PlannedShift shift(String id, int startHour, int endHour) {
        return new PlannedShift(new ShiftId(id), LocalDateTime.of(2026, 12, 1, startHour, 0),
                LocalDateTime.of(2026, 12, 1, endHour, 0), "Asia/Tokyo", false);
    }

    @Test
    void aSecondDecisionAboutThePersonWaitsForTheFirstAndThenSeesItsShift() throws Exception {
        rotas.lock(AIKO); // the person was decided about before: the lock's row exists and is committed
        // the first decision holds the person's lock in an open transaction
        TransactionStatus first = transactions.getTransaction(new DefaultTransactionDefinition());
        assertThat(rotas.lock(AIKO)).isEmpty();

        // the second, in another schedule, starts meanwhile and must block on the lock
        CompletableFuture<List<Rotas.Entry>> second = CompletableFuture.supplyAsync(() ->
                new TransactionTemplate(transactions).execute(status -> rotas.lock(AIKO)));
        awaitOneBlockedSession(second);

        rotas.add(AIKO, PICKING, shift("pick-1", 8, 18));
        transactions.commit(first);

        assertThat(second.get(30, TimeUnit.SECONDS)).extracting(entry -> entry.shift().shiftId().value())
                .containsExactly("pick-1");
    }

    @Test
    void aRolledBackDecisionLeavesNothingForTheNext() {
        TransactionStatus first = transactions.getTransaction(new DefaultTransactionDefinition());
        rotas.lock(AIKO);
        rotas.add(AIKO, PICKING, shift("pick-1", 8, 18));
        transactions.rollback(first);

        assertThat(rotas.lock(AIKO)).isEmpty();
    }

    @Test
    void keepsEachPersonsShiftsOfEverySchedule() {
        rotas.add(AIKO, PACKING, shift("pack-1", 12, 20));
        rotas.add(AIKO, PICKING, shift("pick-1", 8, 11));
        rotas.add(AIKO, PICKING, shift("pick-1", 8, 11)); // again: nothing changes
        rotas.add(new EmployeeId("ken"), PICKING, shift("pick-1", 8, 11));
        assertThat(rotas.shiftsOf(AIKO)).extracting(entry -> entry.scheduleId().value() + "/"
                + entry.shift().shiftId().value()).containsExactly("picking/pick-1", "packing/pack-1");

        rotas.remove(AIKO, new ShiftId("pack-1"));
        rotas.removeShift(new ShiftId("pick-1"));
        assertThat(rotas.shiftsOf(AIKO)).isEmpty();
        assertThat(rotas.shiftsOf(new EmployeeId("ken"))).isEmpty();
    }

    /** Waits until the database reports a session waiting for a lock; fails if the second decision got through. */
    private void awaitOneBlockedSession(CompletableFuture<?> second) throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        for (int attempt = 0; attempt < 3000; attempt++) {
            if (second.isDone()) {
                fail("the second decision did not wait for the first: " + second.join());
            }
            // another session still executing a statement on the lock table is waiting: the statement alone
            // takes microseconds
            Integer blocked = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                    + " WHERE SESSION_ID <> SESSION_ID() AND LOWER(EXECUTING_STATEMENT) LIKE '%command_rota_people%'",
                    Integer.class);
            if (blocked != null && blocked > 0) {
                return;
            }
            Thread.sleep(10);
        }
        fail("the second decision neither waited nor finished");
    }
}
